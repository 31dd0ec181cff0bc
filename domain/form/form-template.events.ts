import type { DomainEvent } from '../shared';
import type { FormTemplateContent } from './form-template.types';

/*
 * Payloads, one type per event and schema version (<Event>V<n>); see visit-forms.events.ts. The template
 * content is the template file format itself (form-template.types.ts, checked by form-template.validation.ts):
 * the payload carries it whole, so a change to that format is a new version of these events.
 */

/** An admin saved a draft (from the designer or an imported JSON file); visits keep using the published version. */
export interface FormTemplateDraftSavedV1 {
  readonly templateId: string;
  readonly content: FormTemplateContent;
}
/** The draft became version n; forms filled from now on use it. */
export interface FormTemplateVersionPublishedV1 {
  readonly templateId: string;
  readonly version: number;
  readonly content: FormTemplateContent;
  readonly publishedAt: string;
}
/** No new forms from this template (forms already filled keep their version). */
export interface FormTemplateRetiredV1 {
  readonly templateId: string;
  readonly reason: string;
  readonly retiredAt: string;
}

export type FormTemplateDraftSaved = DomainEvent<'FormTemplateDraftSaved', FormTemplateDraftSavedV1>;
export type FormTemplateVersionPublished = DomainEvent<'FormTemplateVersionPublished', FormTemplateVersionPublishedV1>;
export type FormTemplateRetired = DomainEvent<'FormTemplateRetired', FormTemplateRetiredV1>;

export type FormTemplateEvent = FormTemplateDraftSaved | FormTemplateVersionPublished | FormTemplateRetired;

/** The schema version each event is written at today (metadata.schemaVersion). */
export const formTemplateEventSchemaVersions: Readonly<Record<FormTemplateEvent['type'], number>> = {
  FormTemplateDraftSaved: 1,
  FormTemplateVersionPublished: 1,
  FormTemplateRetired: 1,
};

export const formTemplateEventTypes = Object.keys(formTemplateEventSchemaVersions) as readonly FormTemplateEvent['type'][];
