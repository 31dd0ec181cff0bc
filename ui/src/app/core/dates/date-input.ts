/**
 * Dates as clerks type them: western (1980-04-01, 1980/4/1, 19800401) or in the Japanese era
 * (昭和55年4月1日, S55.4.1, 平成元年1月8日, R2/1/1), full-width digits allowed. Gives YYYY-MM-DD.
 */
interface Era {
  readonly names: readonly string[];
  /** First day of the era, YYYY-MM-DD. */
  readonly start: string;
}

const eras: readonly Era[] = [
  { names: ['令和', 'R'], start: '2019-05-01' },
  { names: ['平成', 'H'], start: '1989-01-08' },
  { names: ['昭和', 'S'], start: '1926-12-25' },
  { names: ['大正', 'T'], start: '1912-07-30' },
  { names: ['明治', 'M'], start: '1868-01-25' },
];

function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[／－ー．]/g, (c) => ({ '／': '/', '－': '-', 'ー': '-', '．': '.' })[c] ?? c)
    .replace(/\s+/g, '');
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function eraDate(era: Era, eraYear: number, month: number, day: number): string | null {
  if (eraYear < 1) return null;
  const date = iso(Number(era.start.slice(0, 4)) + eraYear - 1, month, day);
  if (date === null || date < era.start) return null;
  const next = eras[eras.indexOf(era) - 1];
  return next && date >= next.start ? null : date;
}

/** YYYY-MM-DD, or null when the text is not a real date. */
export function parseDateInput(input: string): string | null {
  const text = toHalfWidth(input.trim());
  if (text === '') return null;
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (western) return iso(Number(western[1]), Number(western[2]), Number(western[3]));
  const japanese = /^(令和|平成|昭和|大正|明治|[RHSTMrhstm])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!japanese) return null;
  const [, name = '', year = '', month = '', day = ''] = japanese;
  const era = eras.find((candidate) => candidate.names.includes(name.toUpperCase()) || candidate.names.includes(name));
  if (!era) return null;
  return eraDate(era, year === '元' ? 1 : Number(year), Number(month), Number(day));
}
