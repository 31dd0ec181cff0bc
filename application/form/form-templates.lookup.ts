import type { FormTemplateContent } from '../../domain/form/form-template.types';
import type { ReadModelStore } from '../shared/projections';
import { type FormTemplateDocument, formTemplateProjection, formTemplateVersionProjection } from './read-models/form-template.projection';

/** Templates as the counter uses them: the published version for new forms, the exact version for filled ones. */
export class FormTemplatesLookup {
  constructor(private readonly store: ReadModelStore) {}

  /** The version to fill new forms with: published and not retired. */
  publishedFor(templateId: string): { version: number; content: FormTemplateContent } | undefined {
    const doc = this.store.get<FormTemplateDocument>(formTemplateProjection.readModel, templateId);
    if (!doc?.published || doc.retired) return undefined;
    return { version: doc.published.version, content: doc.published.content };
  }

  version(templateId: string, version: number): FormTemplateContent | undefined {
    return this.store.get<FormTemplateContent>(formTemplateVersionProjection.readModel, `${templateId}@${version}`);
  }

  document(templateId: string): FormTemplateDocument | undefined {
    return this.store.get<FormTemplateDocument>(formTemplateProjection.readModel, templateId);
  }

  all(): FormTemplateDocument[] {
    return this.store.list<FormTemplateDocument>(formTemplateProjection.readModel);
  }
}
