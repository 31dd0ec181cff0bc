import type { RecordedEvent } from '../../shared/event-store';
import type { DocumentProjection } from '../../shared/projections';
import { visitEvents } from '../visit-events.reader';
import type { VisitDocument } from './visit-document';
import { evolveVisitDocument } from './visit-document.evolve';

const visitIdOf = (recorded: RecordedEvent): string[] => {
  const event = visitEvents.read(recorded);
  return event ? [event.data.visitId] : [];
};

const evolve = (doc: VisitDocument | undefined, recorded: RecordedEvent): VisitDocument | undefined => {
  const event = visitEvents.read(recorded);
  return event ? evolveVisitDocument(doc, event) : doc;
};

/** Every visit, open or not, keyed by visit id: the workspace, the guide and the detail screens. */
export const visitWorkspaceProjection: DocumentProjection<VisitDocument> = {
  readModel: 'visit-workspace',
  // 2: the document is its own type (no longer the aggregate's state), built from upcast events.
  // 3: persons' details, role assignments and participants.
  version: 3,
  eventTypes: visitEvents.eventTypes,
  keysOf: visitIdOf,
  evolve,
};

/** Only the visits still open, keyed by visit id: the supervisor's board and the department boards. */
export const openVisitsProjection: DocumentProjection<VisitDocument> = {
  readModel: 'open-visits',
  version: 3,
  eventTypes: visitEvents.eventTypes,
  keysOf: visitIdOf,
  evolve: (doc, recorded) => {
    const next = evolve(doc, recorded);
    return next?.status === 'open' ? next : undefined;
  },
};
