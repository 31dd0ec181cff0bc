import type { VisitEvent } from '../../../domain/visit';
import type { DocumentProjection } from '../../shared/projections';
import { visitEvents } from '../visit-events.reader';

/** Who is where; ticket, names and checklist come from the visit's own document at query time. */
export interface QueueEntry {
  readonly visitId: string;
  readonly counterId: string | null;
  readonly phase: 'waiting' | 'in_service';
  /** Arrived at this department (opened here, or handed off here). */
  readonly since: string;
}

/** The visits now at one department, in arrival order. */
export interface DepartmentQueueDocument {
  readonly departmentId: string;
  readonly visits: readonly QueueEntry[];
}

function keys(event: VisitEvent): string[] {
  switch (event.type) {
    case 'VisitOpened':
    case 'VisitServiceStarted':
    case 'VisitClosed':
    case 'VisitCancelled':
      return [event.data.departmentId];
    case 'VisitHandedOff':
      return [...new Set([event.data.fromDepartmentId, event.data.toDepartmentId])];
    default:
      return [];
  }
}

/**
 * Places a visit by when it arrived, not by when its event was applied: each visit's events change only its
 * own entry, so the queue comes out the same whatever order the visits' streams were applied in (a
 * replayed dead letter and the events held behind it are applied after other visits' later events).
 */
function arrive(visits: readonly QueueEntry[], entry: QueueEntry): readonly QueueEntry[] {
  const after = visits.findIndex((v) => v.since > entry.since);
  return after < 0 ? [...visits, entry] : [...visits.slice(0, after), entry, ...visits.slice(after)];
}

function apply(visits: readonly QueueEntry[], event: VisitEvent, departmentId: string): readonly QueueEntry[] {
  const without = (visitId: string) => visits.filter((v) => v.visitId !== visitId);
  switch (event.type) {
    case 'VisitOpened': {
      const d = event.data;
      if (visits.some((v) => v.visitId === d.visitId)) return visits;
      return arrive(visits, { visitId: d.visitId, counterId: d.counterId, phase: 'in_service', since: d.openedAt });
    }
    case 'VisitServiceStarted':
      return visits.map((v) => (v.visitId === event.data.visitId ? { ...v, phase: 'in_service', counterId: event.data.counterId } : v));
    case 'VisitHandedOff': {
      const d = event.data;
      if (departmentId !== d.toDepartmentId) return without(d.visitId);
      return arrive(without(d.visitId), { visitId: d.visitId, counterId: d.toCounterId, phase: 'waiting', since: d.at });
    }
    case 'VisitClosed':
    case 'VisitCancelled':
      return without(event.data.visitId);
    default:
      return visits;
  }
}

/** Keyed by department: a hand-off leaves one queue and joins another. */
export const departmentQueueProjection: DocumentProjection<DepartmentQueueDocument> = {
  readModel: 'department-queue',
  // 3: visits placed by arrival time (arrive), so a late replay keeps the queue's order.
  version: 3,
  eventTypes: ['VisitOpened', 'VisitServiceStarted', 'VisitHandedOff', 'VisitClosed', 'VisitCancelled'],
  keysOf: (recorded) => {
    const event = visitEvents.read(recorded);
    return event ? keys(event) : [];
  },
  evolve: (doc, recorded, key) => {
    const event = visitEvents.read(recorded);
    if (!event) return doc;
    const queue = doc ?? { departmentId: key, visits: [] };
    return { ...queue, visits: apply(queue.visits, event, key) };
  },
};
