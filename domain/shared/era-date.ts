/**
 * Dates as Japanese forms print them, in the era (和暦): 令和8年11月24日, R8.11.24, 令和8年.
 * The first year of an era is 元年 in the long forms (令和元年5月1日) and 1 in the short form (R1.5.1).
 * Pure: the calendar arithmetic is the ICU Japanese calendar of the runtime (`Intl`), which knows the era
 * boundaries to the day (平成31年4月30日 → 令和元年5月1日, 昭和64年1月7日 → 平成元年1月8日).
 */
import { DomainError } from './domain-error';

export type EraDateStyle = 'long' | 'short' | 'year';

/** 明治6年1月1日: Japan adopted the Gregorian calendar; earlier dates were lunisolar and have no ISO date. */
const firstGregorianDay = '1873-01-01';

/** The romanised initials used in short dates (R8.11.24). A future era the table lacks prints its name. */
const eraInitials: Readonly<Record<string, string>> = { 令和: 'R', 平成: 'H', 昭和: 'S', 大正: 'T', 明治: 'M' };

const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

interface EraParts {
  readonly era: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function invalidDate(isoDate: string): DomainError {
  return new DomainError('DATE.INVALID', 'invalid', `日付「${isoDate}」は正しい日付（YYYY-MM-DD）ではありません`);
}

/** The instant of midnight UTC of a real calendar day, or an error (2026-02-30 is not a day). */
function utcMidnight(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw invalidDate(isoDate);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalidDate(isoDate);
  }
  return date;
}

function eraParts(isoDate: string): EraParts {
  const date = utcMidnight(isoDate);
  if (isoDate < firstGregorianDay) {
    throw new DomainError('DATE.BEFORE_GREGORIAN', 'invalid', `明治6年（1873年）より前の日付「${isoDate}」は和暦で表示できません`);
  }
  const parts = new Map(eraFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    era: parts.get('era') ?? '',
    year: Number(parts.get('year')),
    month: Number(parts.get('month')),
    day: Number(parts.get('day')),
  };
}

/** 8 → "8", 1 → "元" (元年, the first year of an era). */
const yearInEra = (year: number): string => (year === 1 ? '元' : String(year));

/**
 * An ISO date (YYYY-MM-DD) in the era: 'long' 令和8年11月24日, 'short' R8.11.24, 'year' 令和8年.
 * Throws DATE.INVALID for anything but a real calendar day, DATE.BEFORE_GREGORIAN before 1873-01-01.
 */
export function formatEraDate(isoDate: string, style: EraDateStyle = 'long'): string {
  const { era, year, month, day } = eraParts(isoDate);
  switch (style) {
    case 'long':
      return `${era}${yearInEra(year)}年${month}月${day}日`;
    case 'short':
      return `${eraInitials[era] ?? era}${year}.${month}.${day}`;
    case 'year':
      return `${era}${yearInEra(year)}年`;
    default: {
      const unknown: never = style;
      throw new RangeError(`Unknown era date style ${String(unknown)}`);
    }
  }
}
