import type { VisitEvent } from '../../../domain/visit';
import { domainEventOf } from '../../shared/events';
import type { DocumentProjection } from '../../shared/projections';
import { visitEvents } from '../visit-events.reader';

export interface TimelineEntry {
  readonly revision: number;
  readonly at: string;
  readonly actor: string;
  /** The event as it reads today (its current payload version). */
  readonly event: VisitEvent;
}

/** A visit's events in order, as read now (upcast to their current payload); the query words them in Japanese. */
export interface VisitTimelineDocument {
  readonly visitId: string;
  readonly entries: readonly TimelineEntry[];
}

export const visitTimelineProjection: DocumentProjection<VisitTimelineDocument> = {
  readModel: 'visit-timeline',
  // 2: entries hold the upcast payload.
  version: 2,
  eventTypes: visitEvents.eventTypes,
  keysOf: (recorded) => {
    const event = visitEvents.read(recorded);
    return event ? [event.data.visitId] : [];
  },
  evolve: (doc, recorded, key) => {
    const event = visitEvents.read(recorded);
    if (!event) return doc;
    const timeline = doc ?? { visitId: key, entries: [] };
    if (timeline.entries.some((e) => e.revision === event.revision)) return timeline;
    const entry: TimelineEntry = { revision: event.revision, at: event.metadata.occurredAt, actor: event.metadata.actor, event: domainEventOf(event) };
    return { ...timeline, entries: [...timeline.entries, entry] };
  },
};
