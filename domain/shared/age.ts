/**
 * Ages as the register and the benefit rules count them, from ISO dates (YYYY-MM-DD). Pure: the date to
 * count on always comes in.
 */

function parts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Expected an ISO date YYYY-MM-DD, got "${isoDate}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Age in whole years on a day (the birthday itself counts as the new age). */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(onDate);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The first day (April 1) of the Japanese fiscal year (年度) that contains the day. */
export function fiscalYearStart(onDate: string): string {
  const [y, m] = parts(onDate);
  return `${m >= 4 ? y : y - 1}-04-01`;
}

/**
 * Whether a person is still within "the end of the fiscal year in which they reach `age`"
 * (X歳到達後最初の3月31日まで), the limit of 児童手当 and 子ども医療費助成 (age 18: up to the high-school years).
 * Counted as the law counts ages (one reaches an age on the day before the birthday), which comes to:
 * younger than `age` on April 1 of the current fiscal year.
 */
export function withinFiscalYearOfAge(birthDate: string, onDate: string, age: number): boolean {
  return ageInYears(birthDate, fiscalYearStart(onDate)) < age;
}

/** Whole months between an ISO birth date and an ISO day (for infants). */
export function ageInMonths(birthDate: string, day: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(day);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}
