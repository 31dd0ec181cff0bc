import type { ChecklistStatusDocument } from './visit-document';

/*
 * The search's documents (来庁記録の検索), both in the one `visit-search` read model: an entry per visit with
 * what the search matches and the result table shows, and an index per opening day (in the city's time
 * zone) of the visits opened that day, so that a search by date reads only the days it asks for.
 */

export interface VisitSearchPersonDocument {
  readonly personId: string;
  readonly name: string;
  readonly nameKana: string;
  readonly applicant: boolean;
  readonly concerned: boolean;
  /** nameMatchKey of the name: no variation selectors or spaces, half-width letters upper case. */
  readonly nameKey: string;
  /** kanaMatchKey of the reading: full-width katakana, no spaces. */
  readonly kanaKey: string;
}

export interface VisitSearchProcedureDocument {
  readonly procedureId: string;
  readonly departmentId: string;
  readonly status: ChecklistStatusDocument;
  readonly dropped: boolean;
}

export interface VisitSearchEntryDocument {
  readonly kind: 'visit';
  readonly visitId: string;
  readonly officeId: string;
  /** ISO-8601 */
  readonly openedAt: string;
  /** YYYY-MM-DD in the city's time zone. */
  readonly openedDay: string;
  readonly ticketNumber: number | null;
  readonly status: 'open' | 'closed' | 'cancelled';
  /** While open: waiting after a hand-off, or in service. */
  readonly phase: 'waiting' | 'in_service';
  /** Every department that took part (opened it, was handed it, owns one of its procedures). */
  readonly departmentsInvolved: readonly string[];
  readonly persons: readonly VisitSearchPersonDocument[];
  readonly lifeEventIds: readonly string[];
  readonly procedures: readonly VisitSearchProcedureDocument[];
  /** 完了 */
  readonly proceduresDone: number;
  /** 未着手 or 対応中, not dropped. */
  readonly proceduresOpen: number;
  /** When it was closed or cancelled (null while open). */
  readonly closedAt: string | null;
  /** The revision of the visit's stream last applied. */
  readonly revision: number;
}

/** The visits opened on one day, oldest first (by opening time, then id). */
export interface VisitSearchDayDocument {
  readonly kind: 'day';
  readonly day: string;
  readonly visits: readonly { readonly visitId: string; readonly openedAt: string }[];
}

export type VisitSearchDocument = VisitSearchEntryDocument | VisitSearchDayDocument;

export const visitSearchKeys = {
  visit: (visitId: string) => `visit/${visitId}`,
  day: (day: string) => `day/${day}`,
} as const;
