import type { ChecklistItem } from './checklist';
import { personFromPayload, procedureFromPayload, type ProposedProcedureV1 } from './visit-event-payloads';
import { answersAfter, assignmentsAfterAssigned, assignmentsOfChosen, assignmentsWithout, personsAfter, proceduresAfterAddedByHand, proceduresAfterProposal, visitAtOpening } from './visit-parts.evolve';
import type { VisitEvent } from './visit.events';
import type { ActiveVisit, VisitState } from './visit.state';

type Active = Extract<VisitState, { status: 'open' | 'closed' | 'cancelled' }>;

function updateActive(state: VisitState, change: (visit: Active) => Partial<ActiveVisit>): VisitState {
  if (state.status === 'none') return state;
  return { ...state, ...change(state) } as VisitState;
}

function withItem(checklist: readonly ChecklistItem[], procedureId: string, change: (item: ChecklistItem) => ChecklistItem): ChecklistItem[] {
  return checklist.map((item) => (item.procedureId === procedureId ? change(item) : item));
}

function proposedItem(procedure: ProposedProcedureV1, origin: ChecklistItem['origin'], note: string | null): ChecklistItem {
  return { ...procedureFromPayload(procedure), origin, status: 'not_started', dropped: false, note };
}

/** Total: an event that does not fit the state leaves it unchanged. */
export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'VisitOpened':
      return { status: 'open', ...visitAtOpening(event.data) };
    case 'VisitServiceStarted':
      return updateActive(state, () => ({ departmentId: event.data.departmentId, counterId: event.data.counterId, phase: 'in_service' }));
    case 'PersonAddedToVisit':
    case 'PersonConcernChanged':
      return updateActive(state, (v) => ({ persons: personsAfter(v.persons, event, personFromPayload) }));
    case 'PersonRemovedFromVisit':
      return updateActive(state, (v) => ({
        persons: personsAfter(v.persons, event, personFromPayload),
        roleAssignments: assignmentsWithout(v.roleAssignments, event.data.personId),
      }));
    case 'ParticipantRolesAssigned':
      return updateActive(state, (v) => ({ roleAssignments: assignmentsAfterAssigned(v.roleAssignments, event.data) }));
    case 'ParticipantsResolved':
      return updateActive(state, () => ({ participants: event.data.participants }));
    case 'LifeEventsChosen':
      return updateActive(state, (v) => ({ lifeEventIds: [...event.data.lifeEventIds], roleAssignments: assignmentsOfChosen(v.roleAssignments, event.data) }));
    case 'InterviewAnswered':
      return updateActive(state, (v) => ({ answers: answersAfter(v.answers, event.data) }));
    case 'ProceduresProposed':
      return updateActive(state, (v) => ({
        checklist: proceduresAfterProposal(v.checklist, event.data, (p, before) =>
          before ? { ...before, ...procedureFromPayload(p) } : proposedItem(p, 'proposed', null),
        ),
      }));
    case 'ProcedureAddedByHand':
      return updateActive(state, (v) => ({ checklist: proceduresAfterAddedByHand(v.checklist, proposedItem(event.data.procedure, 'manual', event.data.note)) }));
    case 'ProcedureDropped':
      return updateActive(state, (v) => ({
        checklist: withItem(v.checklist, event.data.procedureId, (item) => ({ ...item, dropped: true, note: event.data.reason })),
      }));
    case 'ProcedureStatusChanged':
      return updateActive(state, (v) => ({
        checklist: withItem(v.checklist, event.data.procedureId, (item) => ({ ...item, status: event.data.to, note: event.data.note ?? item.note })),
      }));
    case 'VisitHandedOff':
      return updateActive(state, () => ({ departmentId: event.data.toDepartmentId, counterId: event.data.toCounterId, phase: 'waiting' }));
    case 'VisitClosed':
      return state.status === 'open' ? { ...state, status: 'closed', closedAt: event.data.at } : state;
    case 'VisitCancelled':
      return state.status === 'open' ? { ...state, status: 'cancelled', cancelledAt: event.data.at } : state;
    default:
      return state;
  }
}
