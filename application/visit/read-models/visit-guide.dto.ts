/**
 * The resident's guide (受付案内票): what remains, where and by when, what is done and what was not needed.
 * Only procedures and the names of the persons they concern — no ids, birth dates or addresses of anyone.
 */

export interface GuideDeadlineDto {
  /** The catalogue's words: 引っ越した日から14日以内 */
  readonly text: string;
  /** The last day ('YYYY-MM-DD'), or null when the catalogue gives no days (then only the text is shown). */
  readonly date: string | null;
  /** 12月17日（木）まで, or null. */
  readonly label: string | null;
  /**
   * What the days were counted from: the life event's day the visit knows ('event-day'), the visit's day
   * standing in for an event day it does not know ('visit-day'), or the filing at this visit ('filing-day').
   */
  readonly countedFrom: 'event-day' | 'visit-day' | 'filing-day' | null;
}

export interface GuideProcedureDto {
  readonly procedureId: string;
  readonly name: string;
  readonly personNames: readonly string[];
  readonly departmentId: string;
  readonly departmentName: string;
  /** Where to go: 本館 1階 1〜10番窓口 (the office's name first when it is another office), or the procedure's own place. */
  readonly place: string;
  readonly deadline: GuideDeadlineDto | null;
  readonly bring: readonly string[];
}

export interface GuideDepartmentDto {
  readonly departmentId: string;
  readonly name: string;
  readonly officeName: string;
  readonly building: string;
  readonly floor: string;
  /** 1〜10番窓口, or null when the city lists no counters for it. */
  readonly counters: string | null;
  /** The department's number, or its office's (the city's main number with the switchboard). */
  readonly phone: string | null;
}

export interface VisitGuideDto {
  readonly visitId: string;
  readonly ticketNumber: number | null;
  readonly cityName: string;
  readonly officeName: string;
  readonly officePhone: string | null;
  /** The day the guide is issued ('YYYY-MM-DD', city time zone). */
  readonly issuedOn: string;
  readonly applicantName: string | null;
  readonly remaining: readonly GuideProcedureDto[];
  readonly done: readonly GuideProcedureDto[];
  readonly notNeeded: readonly GuideProcedureDto[];
  /** Every department of the remaining procedures, in the order they appear: place and phone. */
  readonly departments: readonly GuideDepartmentDto[];
}
