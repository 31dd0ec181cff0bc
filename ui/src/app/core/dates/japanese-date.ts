/** Dates as a Japanese city hall writes them: the era (和暦), in Japan's time zone whatever the PC says. */
const timeZone = 'Asia/Tokyo';

const eraDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone,
});

const clockTime = new Intl.DateTimeFormat('ja-JP', { hour: 'numeric', minute: '2-digit', timeZone });

export type JapaneseDateStyle = 'date' | 'time' | 'datetime';

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 令和8年11月24日; the first year of an era is 元年 (Intl prints 令和1年). */
function formatEraDate(date: Date): string {
  const parts = Object.fromEntries(eraDate.formatToParts(date).map((part) => [part.type, part.value]));
  const year = parts['year'] === '1' ? '元' : parts['year'];
  return `${parts['era']}${year}年${parts['month']}月${parts['day']}日`;
}

/** Formats an ISO-8601 instant: 'date' 令和8年11月24日, 'time' 9:05, 'datetime' 令和8年11月24日 9:05. */
export function formatJapaneseDate(iso: string | null | undefined, style: JapaneseDateStyle = 'date'): string {
  const date = iso ? parse(iso) : null;
  if (!date) return '';
  switch (style) {
    case 'date':
      return formatEraDate(date);
    case 'time':
      return clockTime.format(date);
    case 'datetime':
      return `${formatEraDate(date)} ${clockTime.format(date)}`;
  }
}

const isoDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** The calendar day in Japan (YYYY-MM-DD) of an instant given in milliseconds. */
export function tokyoDay(epochMs: number): string {
  return isoDay.format(new Date(epochMs));
}
