import { visitEventTypes } from '../../../domain/visit';
import type { DocumentProjection } from '../../shared/projections';
import { evolveVisitDocument, type VisitDocument } from './visit-document';

/** Every visit, open or not, keyed by visit id: the workspace, the guide and the detail screens. */
export const visitWorkspaceProjection: DocumentProjection<VisitDocument> = {
  readModel: 'visit-workspace',
  version: 1,
  eventTypes: visitEventTypes,
  keysOf: (event) => [String(event.data['visitId'])],
  evolve: (doc, event) => evolveVisitDocument(doc, event),
};

/** Only the visits still open, keyed by visit id: the supervisor's board and the department boards. */
export const openVisitsProjection: DocumentProjection<VisitDocument> = {
  readModel: 'open-visits',
  version: 1,
  eventTypes: visitEventTypes,
  keysOf: (event) => [String(event.data['visitId'])],
  evolve: (doc, event) => {
    const next = evolveVisitDocument(doc, event);
    return next.state.status === 'open' ? next : undefined;
  },
};
