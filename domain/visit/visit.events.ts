import type { DomainEvent } from '../shared';
import type { ProcedureStatus, ProposedProcedure } from './checklist';
import type { VisitPerson } from './visit-person';

/** A resident was received at a counter (受付); ticketNumber is the office's number of the day. */
export type VisitOpened = DomainEvent<
  'VisitOpened',
  {
    visitId: string;
    officeId: string;
    departmentId: string;
    counterId: string;
    /** ISO-8601 */
    openedAt: string;
    openedBy: string;
    /** Absent in events stored before tickets existed (read as null). */
    ticketNumber?: number | null;
  }
>;

/** A department's clerk called the resident and started handling the visit (呼出・対応開始). */
export type VisitServiceStarted = DomainEvent<'VisitServiceStarted', { visitId: string; departmentId: string; counterId: string; at: string }>;

export type PersonAddedToVisit = DomainEvent<'PersonAddedToVisit', { visitId: string; person: VisitPerson }>;
export type PersonRemovedFromVisit = DomainEvent<'PersonRemovedFromVisit', { visitId: string; personId: string }>;
export type PersonConcernChanged = DomainEvent<'PersonConcernChanged', { visitId: string; personId: string; concerned: boolean }>;

export type LifeEventsChosen = DomainEvent<'LifeEventsChosen', { visitId: string; lifeEventIds: string[] }>;
export type InterviewAnswered = DomainEvent<'InterviewAnswered', { visitId: string; answers: Record<string, unknown> }>;

/** The rules proposed these procedures (new ones and changed reasons), and withdrew untouched ones. */
export type ProceduresProposed = DomainEvent<
  'ProceduresProposed',
  { visitId: string; added: ProposedProcedure[]; updated: ProposedProcedure[]; withdrawn: string[]; catalogueRevision: number }
>;
export type ProcedureAddedByHand = DomainEvent<'ProcedureAddedByHand', { visitId: string; procedure: ProposedProcedure; note: string | null }>;
export type ProcedureDropped = DomainEvent<'ProcedureDropped', { visitId: string; procedureId: string; reason: string }>;
export type ProcedureStatusChanged = DomainEvent<
  'ProcedureStatusChanged',
  { visitId: string; procedureId: string; from: ProcedureStatus; to: ProcedureStatus; departmentId: string; note: string | null }
>;

/** 引継ぎ: the resident goes to another department's counter, which sees everything already known. */
export type VisitHandedOff = DomainEvent<
  'VisitHandedOff',
  { visitId: string; fromDepartmentId: string; fromCounterId: string; toDepartmentId: string; toCounterId: string | null; note: string | null; at: string }
>;
/** 完了: the visit ends; open procedures (if any) were written down with the reason. */
export type VisitClosed = DomainEvent<
  'VisitClosed',
  { visitId: string; departmentId: string; at: string; openProcedureIds: string[]; reason: string | null }
>;
export type VisitCancelled = DomainEvent<'VisitCancelled', { visitId: string; departmentId: string; at: string; reason: string }>;

export type VisitEvent =
  | VisitOpened
  | VisitServiceStarted
  | PersonAddedToVisit
  | PersonRemovedFromVisit
  | PersonConcernChanged
  | LifeEventsChosen
  | InterviewAnswered
  | ProceduresProposed
  | ProcedureAddedByHand
  | ProcedureDropped
  | ProcedureStatusChanged
  | VisitHandedOff
  | VisitClosed
  | VisitCancelled;

export const visitEventTypes: readonly VisitEvent['type'][] = [
  'VisitOpened',
  'VisitServiceStarted',
  'PersonAddedToVisit',
  'PersonRemovedFromVisit',
  'PersonConcernChanged',
  'LifeEventsChosen',
  'InterviewAnswered',
  'ProceduresProposed',
  'ProcedureAddedByHand',
  'ProcedureDropped',
  'ProcedureStatusChanged',
  'VisitHandedOff',
  'VisitClosed',
  'VisitCancelled',
];

export function isVisitEvent(event: { type: string }): event is VisitEvent {
  return (visitEventTypes as readonly string[]).includes(event.type);
}
