import { type CatalogueEvent, catalogueEventTypes } from '../../domain/procedure/catalogue.events';
import { type EventUpcaster, EventReader } from '../shared/events';

/** Procedure's upcasters, all in this one place (none yet: every catalogue event is at version 1). */
export const catalogueUpcasters: readonly EventUpcaster[] = [];

/** Every read of the catalogue's events goes through it: the command handlers and the catalogue projection. */
export const catalogueEvents = new EventReader<CatalogueEvent>(catalogueEventTypes, {}, catalogueUpcasters);
