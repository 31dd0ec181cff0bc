import type { ProcedureStatus } from '../contracts/procedure-status.contract';

/** Answer to every visit command. */
export interface VisitChangedDto {
  readonly id: string;
  readonly revision: number;
  /** Encoded position of the last event written (null when nothing changed). */
  readonly position: string | null;
  readonly changed: boolean;
}

export interface VisitPersonDto {
  readonly personId: string;
  readonly source: 'register' | 'card' | 'pre-entry' | 'manual';
  readonly sourceLabel: string;
  readonly atenaNumber: string | null;
  readonly name: string;
  readonly nameKana: string;
  readonly birthDate: string;
  readonly age: number;
  readonly sexLabel: string;
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  readonly address: string;
  /** The parts of the address and what the forms need beyond it. */
  readonly details: VisitPersonDetailsDto;
  readonly applicant: boolean;
  readonly concerned: boolean;
  /** The life event ids in which the clerk said this person's roles (elsewhere the catalogue's defaults hold). */
  readonly rolesAssignedIn: readonly string[];
  /** Short Japanese labels of what the rules look at: 国保, 後期高齢, 介護 要介護1, 児童手当受給, 印鑑登録済 ... */
  readonly factLabels: readonly string[];
}

export interface VisitPersonDetailsDto {
  readonly postalCode: string;
  readonly addressLine: string;
  readonly katagaki: string;
  readonly previousAddress: string | null;
  readonly movedOn: string | null;
  readonly nationality: string | null;
  readonly residenceStatus: string | null;
}

/** One part in a life event and who plays it. */
export interface ParticipantRoleDto {
  readonly role: string;
  /** 届出人, 夫, 新生児 ... */
  readonly label: string;
  readonly concerned: boolean;
  readonly multiple: boolean;
  readonly required: boolean;
  readonly personIds: readonly string[];
}

/** A chosen life event with its parts. */
export interface VisitLifeEventDto {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly ParticipantRoleDto[];
  /** Labels of required parts nobody plays yet: 「夫」「妻」 (the forms are not right without them). */
  readonly missingRoles: readonly string[];
}

/** A question the visit answered from what it knows, so the clerk does not ask it. */
export interface KnownAnswerDto {
  readonly id: string;
  readonly text: string;
  /** The answer as the clerk reads it: はい, 小学生・中学生がいます ... */
  readonly answerLabel: string;
}

export interface ChecklistItemDto {
  readonly procedureId: string;
  readonly name: string;
  readonly category: string;
  readonly departmentId: string;
  readonly departmentName: string;
  /** Where the resident goes: office, building, floor, department (or the procedure's own place). */
  readonly place: string;
  readonly deadline: string | null;
  readonly bring: readonly string[];
  readonly description: string;
  readonly personNames: readonly string[];
  readonly reasons: readonly string[];
  readonly origin: 'proposed' | 'manual';
  readonly status: ProcedureStatus;
  readonly statusLabel: string;
  readonly dropped: boolean;
  readonly note: string | null;
  /** Whether the viewer's department may change its status. */
  readonly canChange: boolean;
}

export interface InterviewQuestionDto {
  readonly lifeEventId: string;
  readonly id: string;
  readonly text: string;
  readonly help: string | null;
  readonly type: 'boolean' | 'choice' | 'multi-choice' | 'number' | 'date' | 'text';
  readonly choices: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  readonly required: boolean;
  readonly answer: unknown;
}

export interface HandOffDto {
  readonly at: string;
  readonly byName: string;
  readonly fromDepartmentName: string;
  readonly toDepartmentName: string;
  readonly toCounterName: string | null;
  readonly note: string | null;
}

/** The visit workspace (来庁者の手続き画面), also the source of the resident's guide (受付案内票). */
export interface VisitWorkspaceDto {
  readonly id: string;
  readonly status: 'open' | 'closed' | 'cancelled';
  readonly statusLabel: string;
  readonly ticketNumber: number | null;
  readonly officeId: string;
  readonly officeName: string;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly counterId: string;
  readonly counterName: string;
  readonly phase: 'waiting' | 'in_service';
  readonly openedAt: string;
  readonly openedBy: string;
  readonly openedByName: string;
  readonly since: string;
  readonly revision: number;
  readonly persons: readonly VisitPersonDto[];
  readonly lifeEvents: readonly VisitLifeEventDto[];
  readonly questions: readonly InterviewQuestionDto[];
  readonly knownAnswers: readonly KnownAnswerDto[];
  readonly checklist: readonly ChecklistItemDto[];
  readonly summary: { readonly total: number; readonly open: number; readonly done: number; readonly notNeeded: number };
  readonly handoffs: readonly HandOffDto[];
  readonly closedAt: string | null;
  readonly closeReason: string | null;
  readonly cancelReason: string | null;
}

export interface TimelineEntryDto {
  readonly revision: number;
  readonly at: string;
  readonly actorName: string;
  readonly type: string;
  /** What happened, in plain Japanese: 「市民登録課 1番窓口で受付しました（受付番号 12）」 */
  readonly text: string;
}

export interface VisitTimelineDto {
  readonly visitId: string;
  readonly ticketNumber: number | null;
  readonly entries: readonly TimelineEntryDto[];
}

/** Answer to POST /api/visits. */
export interface VisitOpenedDto {
  readonly id: string;
  readonly ticketNumber: number;
  readonly revision: number;
  readonly position: string;
}
