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

function apply(visits: readonly QueueEntry[], event: VisitEvent, departmentId: string): readonly QueueEntry[] {
  const without = (visitId: string) => visits.filter((v) => v.visitId !== visitId);
  switch (event.type) {
    case 'VisitOpened': {
      const d = event.data;
      if (visits.some((v) => v.visitId === d.visitId)) return visits;
      return [...visits, { visitId: d.visitId, counterId: d.counterId, phase: 'in_service', since: d.openedAt }];
    }
    case 'VisitServiceStarted':
      return visits.map((v) => (v.visitId === event.data.visitId ? { ...v, phase: 'in_service', counterId: event.data.counterId } : v));
    case 'VisitHandedOff': {
      const d = event.data;
      if (departmentId !== d.toDepartmentId) return without(d.visitId);
      return [...without(d.visitId), { visitId: d.visitId, counterId: d.toCounterId, phase: 'waiting', since: d.at }];
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
  version: 2,
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
