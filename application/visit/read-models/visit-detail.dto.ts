/** One visit as the visit screen shows it. */
export interface VisitDetailDto {
  readonly id: string;
  readonly status: 'open';
  readonly counterId: string;
  readonly counterName: string;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly officeId: string;
  readonly officeName: string;
  /** ISO-8601 */
  readonly openedAt: string;
  readonly openedBy: string;
  readonly openedByName: string;
  /** Stream revision the screen holds; sent back as If-Match where it matters. */
  readonly revision: number;
}

/** Answer to POST /api/visits. */
export interface VisitOpenedDto {
  readonly id: string;
  readonly revision: number;
  readonly position: string;
}
