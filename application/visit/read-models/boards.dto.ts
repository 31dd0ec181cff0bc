/** One visit on a board row. */
export interface BoardVisitDto {
  readonly visitId: string;
  readonly ticketNumber: number | null;
  readonly phase: 'waiting' | 'in_service';
  readonly departmentId: string;
  readonly departmentName: string;
  readonly counterName: string | null;
  readonly openedAt: string;
  /** Arrived where they are now. */
  readonly since: string;
  readonly serviceSince: string | null;
  readonly openProcedures: number;
  readonly lifeEventNames: readonly string[];
}

/** 課の手続き状況: visits with procedures this department owns, wherever the resident is now. */
export interface DepartmentBoardDto {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly visits: ReadonlyArray<
    BoardVisitDto & { readonly procedures: ReadonlyArray<{ readonly procedureId: string; readonly name: string; readonly status: string; readonly statusLabel: string }> }
  >;
}

export interface SupervisorDepartmentDto {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly officeName: string;
  readonly waiting: number;
  readonly inService: number;
  /** Arrival time of the visitor who has waited longest (null when nobody waits). */
  readonly longestWaitingSince: string | null;
  /** Open procedures this department owns, across open visits. */
  readonly openProcedures: number;
  readonly counters: ReadonlyArray<{ readonly counterId: string; readonly name: string; readonly visits: readonly BoardVisitDto[] }>;
  readonly waitingVisits: readonly BoardVisitDto[];
}

/** The supervisor's live board of every counter (全窓口の状況). */
export interface SupervisorBoardDto {
  readonly generatedAt: string;
  readonly openVisits: number;
  readonly departments: readonly SupervisorDepartmentDto[];
}
