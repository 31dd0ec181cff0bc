/** The queue screen of a department (受付待ち一覧): one row per open visit. */
export interface QueueItemDto {
  readonly visitId: string;
  readonly counterId: string;
  readonly counterName: string;
  readonly status: 'open';
  /** ISO-8601 */
  readonly openedAt: string;
  readonly openedBy: string;
  readonly openedByName: string;
}

export interface DepartmentQueueDto {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly visits: readonly QueueItemDto[];
  /** Encoded global position the read model had reached when this was read. */
  readonly position: string;
}
