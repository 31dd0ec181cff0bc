/**
 * What the Form context knows of a visit, from Visit's published events only (visit-facts.projection.ts):
 * who is concerned, the life events, the interview's answers, the procedures listed, where the visit is.
 * Form fills, completes and prints forms from this, never from Visit's own read models.
 */
export interface VisitFactsPerson {
  readonly personId: string;
  readonly name: string;
  readonly nameKana: string;
  /** ISO date */
  readonly birthDate: string;
  readonly sex: 'male' | 'female' | 'unspecified';
  /** 続柄 */
  readonly relationship: string;
  readonly isHouseholdHead: boolean;
  /** One line: 〒, 住所, 方書 */
  readonly address: string;
  /** 宛名番号 when known from the register. */
  readonly atenaNumber: string | null;
  /** The one who came to the counter (来庁者). */
  readonly applicant: boolean;
  readonly concerned: boolean;
  /** In the register already (false: moving in from outside). */
  readonly registered: boolean;
  /** The address in parts and what the forms need beyond it. */
  readonly details: {
    readonly postalCode: string;
    readonly addressLine: string;
    readonly katagaki: string;
    readonly previousAddress: string | null;
    readonly movedOn: string | null;
    readonly nationality: string | null;
    readonly residenceStatus: string | null;
  };
}

/** A procedure on the visit's checklist (not dropped), and the persons it is for. */
export interface VisitFactsProcedure {
  readonly procedureId: string;
  readonly personIds: readonly string[];
}

export interface VisitFactsDocument {
  readonly visitId: string;
  readonly status: 'open' | 'closed' | 'cancelled';
  readonly officeId: string;
  /** Where the resident is now. */
  readonly departmentId: string;
  readonly ticketNumber: number | null;
  readonly persons: readonly VisitFactsPerson[];
  /** Who plays which part per chosen life event: lifeEventId → role → person ids. */
  readonly participants: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly lifeEventIds: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly procedures: readonly VisitFactsProcedure[];
  /** The revision of the visit's stream last applied. */
  readonly revision: number;
}
