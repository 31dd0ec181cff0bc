import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import type { DocumentProjection } from '../../shared/projections';
import { formTemplateEvents } from '../form-events.reader';
import type { FormTemplateDocument } from './form-template.dto';

export type { FormTemplateDocument };

/** One document per template: the draft the designer edits, the published version, the history. */
export const formTemplateProjection: DocumentProjection<FormTemplateDocument> = {
  readModel: 'form-template',
  version: 1,
  eventTypes: formTemplateEvents.eventTypes,
  keysOf: (recorded) => {
    const event = formTemplateEvents.read(recorded);
    return event ? [event.data.templateId] : [];
  },
  evolve: (doc, recorded, key) => {
    const event = formTemplateEvents.read(recorded);
    if (!event || (doc && doc.revision >= event.revision)) return doc;
    const current: FormTemplateDocument = doc ?? { id: key, revision: -1, draft: null, published: null, versions: [], retired: null, updatedAt: '' };
    const base = { ...current, revision: event.revision, updatedAt: event.metadata.occurredAt };
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
  keysOf: (recorded) => {
    const event = formTemplateEvents.read(recorded);
    return event?.type === 'FormTemplateVersionPublished' ? [`${event.data.templateId}@${event.data.version}`] : [];
  },
  evolve: (doc, recorded) => {
    const event = formTemplateEvents.read(recorded);
    return doc ?? (event?.type === 'FormTemplateVersionPublished' ? event.data.content : undefined);
  },
};
