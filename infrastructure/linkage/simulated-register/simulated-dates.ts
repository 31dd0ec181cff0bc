import type { SeededRandom } from './seeded-random';

/** Date arithmetic on ISO dates (YYYY-MM-DD) for the generator, in UTC so that no time zone shifts a day. */

const DAY_MS = 86_400_000;

function toTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addYears(isoDate: string, years: number): string {
  const date = new Date(toTime(isoDate));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return fromTime(date.getTime());
}

export function addDays(isoDate: string, days: number): string {
  return fromTime(toTime(isoDate) + days * DAY_MS);
}

/** A day in [from, to], both included (from when from is after to). */
export function randomDateBetween(rng: SeededRandom, from: string, to: string): string {
  const start = toTime(from);
  const days = Math.max(0, Math.round((toTime(to) - start) / DAY_MS));
  return fromTime(start + rng.int(0, days) * DAY_MS);
}

/** A birth date that makes the person exactly `age` years old on `asOf`. */
export function birthDateForAge(rng: SeededRandom, age: number, asOf: string): string {
  const latest = addYears(asOf, -age);
  const earliest = addDays(addYears(asOf, -age - 1), 1);
  return randomDateBetween(rng, earliest, latest);
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
