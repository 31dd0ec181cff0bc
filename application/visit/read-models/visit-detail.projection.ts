import type { VisitOpened } from '../../../domain/visit';
import type { DocumentProjection } from '../../shared/projections';

export interface VisitDetailDocument {
  readonly id: string;
  readonly status: 'open';
  readonly officeId: string;
  readonly departmentId: string;
  readonly counterId: string;
  readonly openedAt: string;
  readonly openedBy: string;
  readonly revision: number;
}

export const visitDetailProjection: DocumentProjection<VisitDetailDocument> = {
  readModel: 'visit-detail',
  version: 1,
  eventTypes: ['VisitOpened'],
  keysOf: (event) => [(event.data as VisitOpened['data']).visitId],
  evolve: (doc, event) => {
    if (doc && doc.revision >= event.revision) return doc;
    const data = event.data as VisitOpened['data'];
    return { id: data.visitId, status: 'open', ...data, revision: event.revision };
  },
};
