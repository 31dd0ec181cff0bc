import { type FormTemplateEvent, formTemplateEventSchemaVersions, formTemplateEventTypes } from '../../domain/form/form-template.events';
import { type VisitFormsEvent, visitFormsEventSchemaVersions, visitFormsEventTypes } from '../../domain/form/visit-forms.events';
import { type EventUpcaster, EventReader } from '../shared/events';

/**
 * Form's upcasters, all in this one place (none yet: every Form event is still at version 1). Every read of
 * Form's events goes through these readers: the command handlers and Form's projections. Form reads Visit's
 * events through Visit's own reader (visitEvents from application/visit).
 */
export const visitFormsUpcasters: readonly EventUpcaster[] = [];
export const formTemplateUpcasters: readonly EventUpcaster[] = [];

export const visitFormsEvents = new EventReader<VisitFormsEvent>(visitFormsEventTypes, visitFormsEventSchemaVersions, visitFormsUpcasters);
export const formTemplateEvents = new EventReader<FormTemplateEvent>(formTemplateEventTypes, formTemplateEventSchemaVersions, formTemplateUpcasters);
