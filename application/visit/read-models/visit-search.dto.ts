import type { VisitSearchStatus } from '../contracts/visit-search-status.contract';

/* 来庁記録の検索: the visits found, newest first, one page at a time. */

export interface VisitSearchPersonDto {
  readonly name: string;
  readonly nameKana: string;
  readonly applicant: boolean;
}

export interface VisitSearchDepartmentDto {
  readonly departmentId: string;
  readonly name: string;
}

export interface VisitSearchItemDto {
  readonly visitId: string;
  readonly ticketNumber: number | null;
  readonly officeName: string;
  /**
   * ISO-8601
   * @format date-time
   */
  readonly openedAt: string;
  /** YYYY-MM-DD in the city's time zone. */
  readonly openedDay: string;
  readonly status: VisitSearchStatus;
  readonly statusLabel: string;
  /** The applicant first, then the others in the order they were added. */
  readonly persons: readonly VisitSearchPersonDto[];
  /** Every department that took part: opened it, was handed it, or owns one of its procedures. */
  readonly departments: readonly VisitSearchDepartmentDto[];
  readonly lifeEventNames: readonly string[];
  /** Procedures 完了. */
  readonly proceduresDone: number;
  /** Procedures 未着手 or 対応中 (not dropped). */
  readonly proceduresOpen: number;
  /**
   * When it was closed or cancelled; null while open.
   * @format date-time
   */
  readonly closedAt: string | null;
  /** Open, and the caller may work on it (the workspace's commands would be accepted). */
  readonly workable: boolean;
}

export interface VisitSearchResultDto {
  /** The days searched (YYYY-MM-DD, city time zone), both included. */
  readonly from: string;
  readonly to: string;
  readonly limit: number;
  readonly items: readonly VisitSearchItemDto[];
  /** Send as `cursor` for the next page; null when there is none. */
  readonly nextCursor: string | null;
}
