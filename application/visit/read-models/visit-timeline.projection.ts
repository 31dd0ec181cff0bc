import { visitEventTypes } from '../../../domain/visit';
import type { DocumentProjection } from '../../shared/projections';

export interface TimelineEntry {
  readonly revision: number;
  readonly at: string;
  readonly actor: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A visit's events in order, kept as they were; the query words them in Japanese. */
export interface VisitTimelineDocument {
  readonly visitId: string;
  readonly entries: readonly TimelineEntry[];
}

export const visitTimelineProjection: DocumentProjection<VisitTimelineDocument> = {
  readModel: 'visit-timeline',
  version: 1,
  eventTypes: visitEventTypes,
  keysOf: (event) => [String(event.data['visitId'])],
  evolve: (doc, event, key) => {
    const timeline = doc ?? { visitId: key, entries: [] };
    if (timeline.entries.some((e) => e.revision === event.revision)) return timeline;
    const entry = { revision: event.revision, at: event.metadata.occurredAt, actor: event.metadata.actor, type: event.type, data: event.data };
    return { ...timeline, entries: [...timeline.entries, entry] };
  },
};
