import { initialVisitState, isVisitEvent, type VisitEvent, type VisitState, evolveVisit } from '../../../domain/visit';
import type { RecordedEvent } from '../../shared/event-store';

export interface HandOffRecord {
  readonly at: string;
  readonly by: string;
  readonly fromDepartmentId: string;
  readonly toDepartmentId: string;
  readonly toCounterId: string | null;
  readonly note: string | null;
}

/**
 * A visit as its screens need it: the domain's own folded state (the same evolve the decider uses) plus
 * the times and hand-offs that screens show. Shared by the workspace and open-visits projections.
 */
export interface VisitDocument {
  readonly state: VisitState;
  readonly revision: number;
  /** When the resident arrived where they are now (opened, or handed off). */
  readonly since: string;
  /** When the current department started handling (null while waiting). */
  readonly serviceSince: string | null;
  readonly handoffs: readonly HandOffRecord[];
  readonly departmentsInvolved: readonly string[];
  readonly closeReason: string | null;
  readonly cancelReason: string | null;
  readonly lastChangedAt: string;
}

const emptyDocument: VisitDocument = {
  state: initialVisitState,
  revision: -1,
  since: '',
  serviceSince: null,
  handoffs: [],
  departmentsInvolved: [],
  closeReason: null,
  cancelReason: null,
  lastChangedAt: '',
};

function involved(doc: VisitDocument, ...departmentIds: string[]): readonly string[] {
  const all = new Set([...doc.departmentsInvolved, ...departmentIds]);
  return [...all];
}

/** Total and idempotent: an event at or below the document's revision changes nothing. */
export function evolveVisitDocument(current: VisitDocument | undefined, recorded: RecordedEvent): VisitDocument {
  const doc = current ?? emptyDocument;
  if (recorded.revision <= doc.revision || !isVisitEvent(recorded)) return doc;
  const event = { type: recorded.type, data: recorded.data } as unknown as VisitEvent;
  const at = recorded.metadata.occurredAt;
  const base: VisitDocument = { ...doc, state: evolveVisit(doc.state, event), revision: recorded.revision, lastChangedAt: at };
  switch (event.type) {
    case 'VisitOpened':
      return { ...base, since: event.data.openedAt, serviceSince: event.data.openedAt, departmentsInvolved: involved(doc, event.data.departmentId) };
    case 'VisitServiceStarted':
      return { ...base, serviceSince: event.data.at };
    case 'VisitHandedOff':
      return {
        ...base,
        since: event.data.at,
        serviceSince: null,
        handoffs: [
          ...doc.handoffs,
          {
            at: event.data.at,
            by: recorded.metadata.actor,
            fromDepartmentId: event.data.fromDepartmentId,
            toDepartmentId: event.data.toDepartmentId,
            toCounterId: event.data.toCounterId,
            note: event.data.note,
          },
        ],
        departmentsInvolved: involved(doc, event.data.toDepartmentId),
      };
    case 'ProceduresProposed':
      return { ...base, departmentsInvolved: involved(doc, ...event.data.added.map((p) => p.departmentId), ...event.data.updated.map((p) => p.departmentId)) };
    case 'ProcedureAddedByHand':
      return { ...base, departmentsInvolved: involved(doc, event.data.procedure.departmentId) };
    case 'VisitClosed':
      return { ...base, closeReason: event.data.reason };
    case 'VisitCancelled':
      return { ...base, cancelReason: event.data.reason };
    default:
      return base;
  }
}
