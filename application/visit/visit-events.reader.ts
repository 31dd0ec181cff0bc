import {
  detailsFromV1Address,
  type PersonAddedToVisitV1,
  type PersonAddedToVisitV2,
  type TicketIssued,
  ticketEventSchemaVersions,
  ticketEventTypes,
  type VisitEvent,
  visitEventSchemaVersions,
  type VisitOpenedV1,
  type VisitOpenedV2,
  visitEventTypes,
} from '../../domain/visit';
import { type EventUpcaster, EventReader, upcaster } from '../shared/events';

/**
 * Visit's upcasters, all in this one place: each lifts one stored event type from one schema version to
 * the next. Every read of Visit's events goes through `visitEvents`: the command handler, Visit's
 * projections, and other contexts' projections and reactions (published through application/visit/index.ts).
 */
export const visitUpcasters: readonly EventUpcaster[] = [
  upcaster<VisitOpenedV1, VisitOpenedV2>('VisitOpened', 1, (v1) => ({ ...v1, ticketNumber: v1.ticketNumber ?? null })),
  upcaster<PersonAddedToVisitV1, PersonAddedToVisitV2>('PersonAddedToVisit', 1, (v1) => ({
    ...v1,
    person: { ...v1.person, details: { ...detailsFromV1Address(v1.person.address), previousAddress: null } },
  })),
];

export const visitEvents = new EventReader<VisitEvent>(visitEventTypes, visitEventSchemaVersions, visitUpcasters);

/** The ticket dispensers' upcasters (none yet: TicketIssued is at version 1). */
export const ticketUpcasters: readonly EventUpcaster[] = [];

/** Every read of a ticket dispenser's stream goes through it (the open-visit handler's ticket numbers). */
export const ticketEvents = new EventReader<TicketIssued>(ticketEventTypes, ticketEventSchemaVersions, ticketUpcasters);
