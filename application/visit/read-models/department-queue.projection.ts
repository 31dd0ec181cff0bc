import type { VisitOpened } from '../../../domain/visit';
import type { RecordedEvent } from '../../shared/event-store';
import type { DocumentProjection } from '../../shared/projections';

export interface QueueEntry {
  readonly visitId: string;
  readonly counterId: string;
  readonly openedAt: string;
  readonly openedBy: string;
}

/** The open visits of one department, oldest first. */
export interface DepartmentQueueDocument {
  readonly departmentId: string;
  readonly visits: readonly QueueEntry[];
}

const opened = (event: RecordedEvent) => event.data as VisitOpened['data'];

export const departmentQueueProjection: DocumentProjection<DepartmentQueueDocument> = {
  readModel: 'department-queue',
  version: 1,
  eventTypes: ['VisitOpened'],
  keysOf: (event) => [opened(event).departmentId],
  evolve: (doc, event, key) => {
    const queue = doc ?? { departmentId: key, visits: [] };
    const { visitId, counterId, openedAt, openedBy } = opened(event);
    if (queue.visits.some((v) => v.visitId === visitId)) return queue;
    const visits = [...queue.visits, { visitId, counterId, openedAt, openedBy }];
    visits.sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    return { ...queue, visits };
  },
};
