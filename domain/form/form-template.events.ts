import type { DomainEvent } from '../shared';
import type { FormTemplateContent } from './form-template.types';

/** An admin saved a draft (from the designer or an imported JSON file); visits keep using the published version. */
export type FormTemplateDraftSaved = DomainEvent<'FormTemplateDraftSaved', { templateId: string; content: FormTemplateContent }>;
/** The draft became version n; forms filled from now on use it. */
export type FormTemplateVersionPublished = DomainEvent<'FormTemplateVersionPublished', { templateId: string; version: number; content: FormTemplateContent; publishedAt: string }>;
/** No new forms from this template (forms already filled keep their version). */
export type FormTemplateRetired = DomainEvent<'FormTemplateRetired', { templateId: string; reason: string; retiredAt: string }>;

export type FormTemplateEvent = FormTemplateDraftSaved | FormTemplateVersionPublished | FormTemplateRetired;

export const formTemplateEventTypes: readonly FormTemplateEvent['type'][] = ['FormTemplateDraftSaved', 'FormTemplateVersionPublished', 'FormTemplateRetired'];
