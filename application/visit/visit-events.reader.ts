import { type VisitEvent, visitEventSchemaVersions, type VisitOpenedV1, type VisitOpenedV2, visitEventTypes } from '../../domain/visit';
import { type EventUpcaster, EventReader } from '../shared/events';

/**
 * Visit's upcasters, all in this one place: each lifts one stored event type from one schema version to
 * the next. Every read of Visit's events goes through `visitEvents`: the command handler, Visit's
 * projections, and other contexts' projections and reactions (published through application/visit/index.ts).
 */
export const visitUpcasters: readonly EventUpcaster[] = [
  {
    eventType: 'VisitOpened',
    fromVersion: 1,
    upcast: (data): Record<string, unknown> => {
      const v1 = data as unknown as VisitOpenedV1;
      const v2: VisitOpenedV2 = { ...v1, ticketNumber: v1.ticketNumber ?? null };
      return { ...v2 };
    },
  },
];

export const visitEvents = new EventReader<VisitEvent>(visitEventTypes, visitEventSchemaVersions, visitUpcasters);
