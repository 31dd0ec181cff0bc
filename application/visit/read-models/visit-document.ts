import type { AllowanceStatus, InsuranceStatus } from '../../../domain/shared';

/*
 * The Visit read model's own document types: built by the projections from Visit's events
 * (visit-document.evolve.ts), mapped to DTOs by the queries. Neither the aggregate's state nor an event
 * payload: each of the three may change on its own (a changed document bumps the projection's version and
 * is rebuilt). Value types of the shared kernel (insurance, allowances) are used as they are.
 */

export interface VisitPersonDocument {
  readonly personId: string;
  readonly source: 'register' | 'card' | 'pre-entry' | 'manual';
  readonly atenaNumber: string | null;
  readonly householdNumber: string | null;
  readonly name: string;
  readonly nameKana: string;
  /** ISO date */
  readonly birthDate: string;
  readonly sex: 'male' | 'female' | 'unspecified';
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  readonly address: string;
  readonly details: {
    readonly postalCode: string;
    readonly addressLine: string;
    readonly katagaki: string;
    readonly previousAddress: string | null;
    readonly movedOn: string | null;
    readonly nationality: string | null;
    readonly residenceStatus: string | null;
  };
  readonly applicant: boolean;
  readonly concerned: boolean;
  readonly facts: {
    readonly insurance: InsuranceStatus;
    readonly allowances: AllowanceStatus;
    readonly sealRegistered: boolean;
    readonly hasMyNumberCard: boolean;
    readonly registered: boolean;
  };
}

export type ChecklistStatusDocument = 'not_started' | 'in_progress' | 'done' | 'not_needed';

export interface ChecklistEntryDocument {
  readonly procedureId: string;
  readonly departmentId: string;
  readonly personIds: readonly string[];
  readonly reasons: readonly string[];
  readonly ruleIds: readonly string[];
  readonly origin: 'proposed' | 'manual';
  readonly status: ChecklistStatusDocument;
  readonly dropped: boolean;
  /** Why it was dropped, or set 不要, or added by hand. */
  readonly note: string | null;
}

export interface HandOffRecord {
  readonly at: string;
  readonly by: string;
  readonly fromDepartmentId: string;
  readonly toDepartmentId: string;
  readonly toCounterId: string | null;
  readonly note: string | null;
}

/** A visit as its screens need it (the workspace, the guide, the boards, the queue's names). */
export interface VisitDocument {
  readonly visitId: string;
  readonly status: 'open' | 'closed' | 'cancelled';
  readonly officeId: string;
  readonly openedAt: string;
  readonly openedBy: string;
  readonly ticketNumber: number | null;
  /** Where the resident is now. */
  readonly departmentId: string;
  readonly counterId: string | null;
  readonly phase: 'waiting' | 'in_service';
  readonly persons: readonly VisitPersonDocument[];
  /** The clerk's role assignments: lifeEventId → personId → roles. */
  readonly roleAssignments: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Who plays which part per chosen life event (lifeEventId → role → person ids), as last resolved. */
  readonly participants: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly lifeEventIds: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly checklist: readonly ChecklistEntryDocument[];
  /** When it was closed or cancelled (null while open). */
  readonly endedAt: string | null;
  readonly closeReason: string | null;
  readonly cancelReason: string | null;
  /** The revision of the visit's stream last applied. */
  readonly revision: number;
  /** When the resident arrived where they are now (opened, or handed off). */
  readonly since: string;
  /** When the current department started handling (null while waiting). */
  readonly serviceSince: string | null;
  readonly handoffs: readonly HandOffRecord[];
  readonly departmentsInvolved: readonly string[];
  readonly lastChangedAt: string;
}

/** Not yet done and not dropped: 未着手 or 対応中. */
export function isOpenEntry(entry: ChecklistEntryDocument): boolean {
  return !entry.dropped && (entry.status === 'not_started' || entry.status === 'in_progress');
}
