import { type FormTemplateEvent, formTemplateEventSchemaVersions, formTemplateEventTypes } from '../../domain/form/form-template.events';
import {
  type FormPrintedV1,
  type FormPrintedV2,
  type VisitFormsEvent,
  visitFormsEventSchemaVersions,
  visitFormsEventTypes,
} from '../../domain/form/visit-forms.events';
import { type EventUpcaster, EventReader, upcaster } from '../shared/events';

/**
 * Form's upcasters, all in this one place. Every read of Form's events goes through these readers: the
 * command handlers and Form's projections (the visit's timeline too). Form reads Visit's events through
 * Visit's own reader (visitEvents from application/visit).
 */
export const visitFormsUpcasters: readonly EventUpcaster[] = [
  // v2 records why a form with an empty required signature box was printed; no v1 print had such a reason.
  upcaster<FormPrintedV1, FormPrintedV2>('FormPrinted', 1, (v1) => ({ ...v1, signedOnPaper: null })),
];
export const formTemplateUpcasters: readonly EventUpcaster[] = [];

export const visitFormsEvents = new EventReader<VisitFormsEvent>(visitFormsEventTypes, visitFormsEventSchemaVersions, visitFormsUpcasters);
export const formTemplateEvents = new EventReader<FormTemplateEvent>(formTemplateEventTypes, formTemplateEventSchemaVersions, formTemplateUpcasters);
