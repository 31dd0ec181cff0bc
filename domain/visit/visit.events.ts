import type { DomainEvent } from '../shared';
import type { ProcedureStatusV1, ProposedProcedureV1, VisitPersonV1, VisitPersonV2 } from './visit-event-payloads';

/*
 * Visit's published events: the contract other contexts build on (domain/visit/index.ts). Each payload is
 * its own type, one per schema version (<Event>V<n>); the event types below name the current version. A
 * stored event is never changed: a new shape is a new version, listed in visitEventSchemaVersions, with an
 * upcaster from the one before (application/visit/visit-events.reader.ts).
 */

/** v1: ticketNumber was absent in events stored before tickets existed. */
export interface VisitOpenedV1 {
  readonly visitId: string;
  readonly officeId: string;
  readonly departmentId: string;
  readonly counterId: string;
  /** ISO-8601 */
  readonly openedAt: string;
  readonly openedBy: string;
  readonly ticketNumber?: number | null;
}
/** v2: the ticket is always there (null: no ticket was issued). */
export interface VisitOpenedV2 extends Omit<VisitOpenedV1, 'ticketNumber'> {
  readonly ticketNumber: number | null;
}
export interface VisitServiceStartedV1 {
  readonly visitId: string;
  readonly departmentId: string;
  readonly counterId: string;
  readonly at: string;
}
export interface PersonAddedToVisitV1 {
  readonly visitId: string;
  readonly person: VisitPersonV1;
}
/** v2: the person carries their details (〒, address and 方書 apart, 前住所, 異動日, 国籍, 在留資格). */
export interface PersonAddedToVisitV2 {
  readonly visitId: string;
  readonly person: VisitPersonV2;
}
/** The clerk said which parts a person plays in a life event; null: back to the catalogue's default. */
export interface ParticipantRolesAssignedV1 {
  readonly visitId: string;
  readonly lifeEventId: string;
  readonly personId: string;
  readonly roles: readonly string[] | null;
}
/**
 * Who plays which part in each chosen life event, as worked out from the clerk's assignments and the
 * catalogue's defaults (lifeEventId → role → person ids). Recorded when it changes, so that every
 * reader (the forms above all) knows the 夫, the 母, the 届出人 without the catalogue.
 */
export interface ParticipantsResolvedV1 {
  readonly visitId: string;
  readonly participants: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}
export interface PersonRemovedFromVisitV1 {
  readonly visitId: string;
  readonly personId: string;
}
export interface PersonConcernChangedV1 {
  readonly visitId: string;
  readonly personId: string;
  readonly concerned: boolean;
}
export interface LifeEventsChosenV1 {
  readonly visitId: string;
  readonly lifeEventIds: readonly string[];
}
export interface InterviewAnsweredV1 {
  readonly visitId: string;
  /** Only the answers that changed, by question id. */
  readonly answers: Readonly<Record<string, unknown>>;
}
export interface ProceduresProposedV1 {
  readonly visitId: string;
  readonly added: readonly ProposedProcedureV1[];
  readonly updated: readonly ProposedProcedureV1[];
  readonly withdrawn: readonly string[];
  readonly catalogueRevision: number;
}
export interface ProcedureAddedByHandV1 {
  readonly visitId: string;
  readonly procedure: ProposedProcedureV1;
  readonly note: string | null;
}
export interface ProcedureDroppedV1 {
  readonly visitId: string;
  readonly procedureId: string;
  readonly reason: string;
}
export interface ProcedureStatusChangedV1 {
  readonly visitId: string;
  readonly procedureId: string;
  readonly from: ProcedureStatusV1;
  readonly to: ProcedureStatusV1;
  readonly departmentId: string;
  readonly note: string | null;
}
export interface VisitHandedOffV1 {
  readonly visitId: string;
  readonly fromDepartmentId: string;
  readonly fromCounterId: string;
  readonly toDepartmentId: string;
  readonly toCounterId: string | null;
  readonly note: string | null;
  readonly at: string;
}
export interface VisitClosedV1 {
  readonly visitId: string;
  readonly departmentId: string;
  readonly at: string;
  readonly openProcedureIds: readonly string[];
  readonly reason: string | null;
}
export interface VisitCancelledV1 {
  readonly visitId: string;
  readonly departmentId: string;
  readonly at: string;
  readonly reason: string;
}

/** A resident was received at a counter (受付); ticketNumber is the office's number of the day. */
export type VisitOpened = DomainEvent<'VisitOpened', VisitOpenedV2>;
/** A department's clerk called the resident and started handling the visit (呼出・対応開始). */
export type VisitServiceStarted = DomainEvent<'VisitServiceStarted', VisitServiceStartedV1>;
export type PersonAddedToVisit = DomainEvent<'PersonAddedToVisit', PersonAddedToVisitV2>;
/** 役割: the clerk said who plays which part (届出人, 夫, 母 ...) in a life event. */
export type ParticipantRolesAssigned = DomainEvent<'ParticipantRolesAssigned', ParticipantRolesAssignedV1>;
/** Who plays which part in each chosen life event now. */
export type ParticipantsResolved = DomainEvent<'ParticipantsResolved', ParticipantsResolvedV1>;
export type PersonRemovedFromVisit = DomainEvent<'PersonRemovedFromVisit', PersonRemovedFromVisitV1>;
export type PersonConcernChanged = DomainEvent<'PersonConcernChanged', PersonConcernChangedV1>;
export type LifeEventsChosen = DomainEvent<'LifeEventsChosen', LifeEventsChosenV1>;
export type InterviewAnswered = DomainEvent<'InterviewAnswered', InterviewAnsweredV1>;
/** The rules proposed these procedures (new ones and changed reasons), and withdrew untouched ones. */
export type ProceduresProposed = DomainEvent<'ProceduresProposed', ProceduresProposedV1>;
export type ProcedureAddedByHand = DomainEvent<'ProcedureAddedByHand', ProcedureAddedByHandV1>;
export type ProcedureDropped = DomainEvent<'ProcedureDropped', ProcedureDroppedV1>;
export type ProcedureStatusChanged = DomainEvent<'ProcedureStatusChanged', ProcedureStatusChangedV1>;
/** 引継ぎ: the resident goes to another department's counter, which sees everything already known. */
export type VisitHandedOff = DomainEvent<'VisitHandedOff', VisitHandedOffV1>;
/** 完了: the visit ends; open procedures (if any) were written down with the reason. */
export type VisitClosed = DomainEvent<'VisitClosed', VisitClosedV1>;
export type VisitCancelled = DomainEvent<'VisitCancelled', VisitCancelledV1>;

export type VisitEvent =
  | VisitOpened
  | VisitServiceStarted
  | PersonAddedToVisit
  | PersonRemovedFromVisit
  | PersonConcernChanged
  | ParticipantRolesAssigned
  | ParticipantsResolved
  | LifeEventsChosen
  | InterviewAnswered
  | ProceduresProposed
  | ProcedureAddedByHand
  | ProcedureDropped
  | ProcedureStatusChanged
  | VisitHandedOff
  | VisitClosed
  | VisitCancelled;

/** The schema version each event is written at today (metadata.schemaVersion). */
export const visitEventSchemaVersions: Readonly<Record<VisitEvent['type'], number>> = {
  VisitOpened: 2,
  VisitServiceStarted: 1,
  PersonAddedToVisit: 2,
  PersonRemovedFromVisit: 1,
  PersonConcernChanged: 1,
  ParticipantRolesAssigned: 1,
  ParticipantsResolved: 1,
  LifeEventsChosen: 1,
  InterviewAnswered: 1,
  ProceduresProposed: 1,
  ProcedureAddedByHand: 1,
  ProcedureDropped: 1,
  ProcedureStatusChanged: 1,
  VisitHandedOff: 1,
  VisitClosed: 1,
  VisitCancelled: 1,
};

export const visitEventTypes = Object.keys(visitEventSchemaVersions) as readonly VisitEvent['type'][];

export function isVisitEvent(event: { type: string }): event is VisitEvent {
  return (visitEventTypes as readonly string[]).includes(event.type);
}
