/** The queue screen of a department (受付一覧): one row per visit now at this department. */
export interface QueueItemDto {
  readonly visitId: string;
  readonly ticketNumber: number | null;
  readonly counterId: string | null;
  /** The counter's name, or 「窓口未定」 for a hand-off to the department as a whole. */
  readonly counterName: string;
  readonly status: 'open';
  /** waiting: handed off here, not yet called; in_service: being handled. */
  readonly phase: 'waiting' | 'in_service';
  readonly phaseLabel: string;
  /** ISO-8601: arrival at this department. */
  readonly since: string;
  /** ISO-8601 */
  readonly openedAt: string;
  readonly openedBy: string;
  readonly openedByName: string;
  readonly applicantName: string | null;
  readonly lifeEventNames: readonly string[];
  readonly openProcedures: number;
  /** When the resident was sent here from another department: from where, and the memo (引継ぎメモ). */
  readonly handOff: { readonly fromDepartmentName: string; readonly note: string | null } | null;
}

export interface DepartmentQueueDto {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly visits: readonly QueueItemDto[];
  /** Encoded global position the read model had reached when this was read. */
  readonly position: string;
}
