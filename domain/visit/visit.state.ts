import type { ChecklistItem } from './checklist';
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
