import type { StaffRole } from '../identity';
import type { CommandMetadata, ParticipantsByEvent } from '../shared';
import type { ProcedureStatus, ProposedProcedure } from './checklist';
import type { VisitPerson } from './visit-person';

/** Who acts, as far as the rules care: departments decide who may change which procedure. */
export interface ActingStaff {
  readonly staffId: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
}

type Command<Type extends string, Data> = { readonly type: Type; readonly data: Data; readonly metadata: CommandMetadata };

/** Receive a resident at a counter. Where the counter sits and the ticket come in with the command. */
export type OpenVisit = Command<'OpenVisit', { visitId: string; officeId: string; departmentId: string; counterId: string; ticketNumber: number | null }>;
export type StartService = Command<'StartService', { visitId: string; departmentId: string; counterId: string; by: ActingStaff }>;
export type AddPerson = Command<'AddPerson', { visitId: string; person: VisitPerson }>;
export type RemovePerson = Command<'RemovePerson', { visitId: string; personId: string }>;
export type SetPersonConcern = Command<'SetPersonConcern', { visitId: string; personId: string; concerned: boolean }>;
/** roles null: back to the catalogue's default for this person in this event. */
export type AssignRoles = Command<'AssignRoles', { visitId: string; lifeEventId: string; personId: string; roles: readonly string[] | null }>;
export type ChooseLifeEvents = Command<'ChooseLifeEvents', { visitId: string; lifeEventIds: readonly string[] }>;
export type AnswerInterview = Command<'AnswerInterview', { visitId: string; answers: Readonly<Record<string, unknown>> }>;
export type ProposeProcedures = Command<
  'ProposeProcedures',
  { visitId: string; proposals: readonly ProposedProcedure[]; catalogueRevision: number; participants: ParticipantsByEvent }
>;
export type AddProcedureByHand = Command<'AddProcedureByHand', { visitId: string; procedure: ProposedProcedure; note: string | null }>;
export type DropProcedure = Command<'DropProcedure', { visitId: string; procedureId: string; reason: string }>;
export type ChangeProcedureStatus = Command<
  'ChangeProcedureStatus',
  { visitId: string; procedureId: string; to: ProcedureStatus; note: string | null; by: ActingStaff }
>;
export type HandOffVisit = Command<'HandOffVisit', { visitId: string; toDepartmentId: string; toCounterId: string | null; note: string | null }>;
export type CloseVisit = Command<'CloseVisit', { visitId: string; reason: string | null }>;
export type CancelVisit = Command<'CancelVisit', { visitId: string; reason: string }>;

export type VisitCommand =
  | OpenVisit
  | StartService
  | AddPerson
  | RemovePerson
  | SetPersonConcern
  | AssignRoles
  | ChooseLifeEvents
  | AnswerInterview
  | ProposeProcedures
  | AddProcedureByHand
  | DropProcedure
  | ChangeProcedureStatus
  | HandOffVisit
  | CloseVisit
  | CancelVisit;
