/**
 * A procedure's deadline as a day on the calendar, for the resident's guide: the catalogue's
 * `deadline.days` counted from the life event's day when the visit knows it, otherwise from the visit's day.
 *
 * - 民法140条 (初日不算入): the count starts the day after the start day, unless the rule counts the start
 *   day itself, which the catalogue's text says as 「…を含めて」 (戸籍法43条: 出生の日を含めて14日以内).
 * - A rule counted from the filing itself (「転入届をした日から90日以内」「届出の日から」) counts from the visit's
 *   day even when the life event's day is known.
 * - 行政機関の休日に関する法律 第2条: a deadline that ends on a day the offices are closed moves to the next
 *   day they are open.
 * Pure: the start days and the closed-day rule come in.
 */

export interface DeadlineRule {
  readonly text: string;
  readonly days?: number;
}

export interface DeadlineStart {
  /** The life event's day ('YYYY-MM-DD'), when the visit knows it. */
  readonly eventDay: string | null;
  /** The day of the visit ('YYYY-MM-DD', city time zone). */
  readonly visitDay: string;
}

export interface ComputedDeadline {
  /** The catalogue's own words: 引っ越した日から14日以内 */
  readonly text: string;
  /** The last day ('YYYY-MM-DD'), or null when the rule has no days. */
  readonly date: string | null;
  /** 12月17日（木）まで (with the era year when it is not the visit's year), or null. */
  readonly label: string | null;
  /** What the days were counted from: the event's day, the visit's day standing in for it, or the filing (this visit). */
  readonly countedFrom: 'event-day' | 'visit-day' | 'filing-day' | null;
}

const weekdayNames = ['日', '月', '火', '水', '木', '金', '土'];

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whether the rule's text counts the start day itself (「生まれた日を含めて14日以内」). */
export function countsFirstDay(text: string): boolean {
  return /含めて/.test(text);
}

/** Whether the rule counts from the filing (届出) rather than from the life event. */
export function countsFromFiling(text: string): boolean {
  return /届(出)?をした日|届出(の|した)日|申請(の|した)日/.test(text);
}

/** The last day of a period of `days` days from `start`, moved past closed days. */
export function deadlineDay(start: string, days: number, firstDayCounts: boolean, isClosed: (day: string) => boolean): string {
  let day = addDays(start, firstDayCounts ? days - 1 : days);
  for (let guard = 0; isClosed(day) && guard < 60; guard++) day = addDays(day, 1);
  return day;
}

/** 12月17日（木）まで; `eraYear` (令和9年) goes before it when the deadline falls in another year than the visit. */
export function deadlineLabel(day: string, eraYear: string | null): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = weekdayNames[date.getUTCDay()] ?? '';
  return `${eraYear ?? ''}${date.getUTCMonth() + 1}月${date.getUTCDate()}日（${weekday}）まで`;
}

export function computeDeadline(
  rule: DeadlineRule,
  start: DeadlineStart,
  isClosed: (day: string) => boolean,
  eraYearOf: (day: string) => string,
): ComputedDeadline {
  if (rule.days === undefined || rule.days < 1) return { text: rule.text, date: null, label: null, countedFrom: null };
  const filing = countsFromFiling(rule.text);
  const from = filing ? start.visitDay : (start.eventDay ?? start.visitDay);
  const day = deadlineDay(from, rule.days, countsFirstDay(rule.text), isClosed);
  const otherYear = day.slice(0, 4) !== start.visitDay.slice(0, 4);
  return {
    text: rule.text,
    date: day,
    label: deadlineLabel(day, otherYear ? eraYearOf(day) : null),
    countedFrom: filing ? 'filing-day' : start.eventDay ? 'event-day' : 'visit-day',
  };
}
