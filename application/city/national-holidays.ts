/**
 * 国民の祝日 of a year (国民の祝日に関する法律 as amended for 2020 and later), as 'YYYY-MM-DD': the fixed days,
 * the Monday holidays (ハッピーマンデー), 春分の日 and 秋分の日 by the usual approximation (valid 1980–2099; the
 * official days are announced each February a year ahead and have matched it), 国民の休日 (a day between two
 * holidays) and 振替休日 (a holiday on a Sunday moves to the next day that is not one). The Olympic years 2020
 * and 2021 moved some days by special law; deadlines are computed for today and later, so they are not kept.
 */

const fixed = ['01-01', '02-11', '02-23', '04-29', '05-03', '05-04', '05-05', '08-11', '11-03', '11-23'];
/** [month, which Monday]: 成人の日, 海の日, 敬老の日, スポーツの日. */
const mondays: ReadonlyArray<readonly [number, number]> = [
  [1, 2],
  [7, 3],
  [9, 3],
  [10, 2],
];

const cache = new Map<number, ReadonlySet<string>>();

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function nthMonday(year: number, month: number, nth: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((8 - firstWeekday) % 7) + (nth - 1) * 7;
}

function equinoxDay(year: number, base: number): number {
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function nationalHolidays(year: number): ReadonlySet<string> {
  const known = cache.get(year);
  if (known) return known;
  const base = new Set<string>(fixed.map((monthDay) => `${year}-${monthDay}`));
  for (const [month, nth] of mondays) base.add(iso(year, month, nthMonday(year, month, nth)));
  base.add(iso(year, 3, equinoxDay(year, 20.8431)));
  base.add(iso(year, 9, equinoxDay(year, 23.2488)));

  const holidays = new Set(base);
  for (const day of base) {
    const between = addDays(day, 1);
    if (!base.has(between) && base.has(addDays(day, 2)) && new Date(`${between}T00:00:00Z`).getUTCDay() !== 0) holidays.add(between);
  }
  for (const day of base) {
    if (new Date(`${day}T00:00:00Z`).getUTCDay() !== 0) continue;
    let substitute = addDays(day, 1);
    while (holidays.has(substitute)) substitute = addDays(substitute, 1);
    holidays.add(substitute);
  }
  cache.set(year, holidays);
  return holidays;
}
