import type { ParticipantsByEvent } from '../shared';
import type { ChecklistItem } from './checklist';

export type RoleAssignmentsState = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
import type { VisitPerson } from './visit-person';

export interface ActiveVisit {
  readonly visitId: string;
  readonly officeId: string;
  readonly openedAt: string;
  readonly openedBy: string;
  readonly ticketNumber: number | null;
  /** Where the resident is now. */
  readonly departmentId: string;
  readonly counterId: string | null;
  /** waiting: handed off, not yet called; in_service: a clerk is handling it. */
  readonly phase: 'waiting' | 'in_service';
  readonly persons: readonly VisitPerson[];
  /** The clerk's role assignments: lifeEventId → personId → roles. */
  readonly roleAssignments: RoleAssignmentsState;
  /** Who plays which part per chosen life event, as last resolved. */
  readonly participants: ParticipantsByEvent;
  readonly lifeEventIds: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly checklist: readonly ChecklistItem[];
}

/** Illegal states unrepresentable: a closed or cancelled visit takes no more commands. */
export type VisitState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & ActiveVisit)
  | ({ readonly status: 'closed'; readonly closedAt: string } & ActiveVisit)
  | ({ readonly status: 'cancelled'; readonly cancelledAt: string } & ActiveVisit);

export const initialVisitState: VisitState = { status: 'none' };
