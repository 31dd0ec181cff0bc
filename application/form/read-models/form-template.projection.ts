import type { FormTemplateEvent } from '../../../domain/form/form-template.events';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import type { FormTemplateDocument } from './form-template.dto';

export type { FormTemplateDocument };
import type { RecordedEvent } from '../../shared/event-store';
import type { DocumentProjection } from '../../shared/projections';


const asEvent = (event: RecordedEvent) => ({ type: event.type, data: event.data }) as unknown as FormTemplateEvent;

/** One document per template: the draft the designer edits, the published version, the history. */
export const formTemplateProjection: DocumentProjection<FormTemplateDocument> = {
  readModel: 'form-template',
  version: 1,
  eventTypes: ['FormTemplateDraftSaved', 'FormTemplateVersionPublished', 'FormTemplateRetired'],
  keysOf: (event) => [String(event.data['templateId'])],
  evolve: (doc, recorded, key) => {
    if (doc && doc.revision >= recorded.revision) return doc;
    const current: FormTemplateDocument = doc ?? { id: key, revision: -1, draft: null, published: null, versions: [], retired: null, updatedAt: '' };
    const base = { ...current, revision: recorded.revision, updatedAt: recorded.metadata.occurredAt };
    const event = asEvent(recorded);
    switch (event.type) {
      case 'FormTemplateDraftSaved':
        return { ...base, draft: event.data.content, retired: null };
      case 'FormTemplateVersionPublished':
        return {
          ...base,
          draft: null,
          published: { version: event.data.version, publishedAt: event.data.publishedAt, content: event.data.content },
          versions: [...current.versions, { version: event.data.version, publishedAt: event.data.publishedAt }],
        };
      case 'FormTemplateRetired':
        return { ...base, retired: { reason: event.data.reason, at: event.data.retiredAt } };
      default:
        return base;
    }
  },
};

/** Every published version, keyed `<templateId>@<version>`: a filled form always renders with its own version. */
export const formTemplateVersionProjection: DocumentProjection<FormTemplateContent> = {
  readModel: 'form-template-version',
  version: 1,
  eventTypes: ['FormTemplateVersionPublished'],
  keysOf: (event) => [`${String(event.data['templateId'])}@${String(event.data['version'])}`],
  evolve: (doc, event) => doc ?? (event.data['content'] as FormTemplateContent),
};
