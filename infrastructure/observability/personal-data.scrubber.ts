import type { LogFields } from '../../application/shared/ports';

/**
 * The defensive half of log redaction (pino's `redact` paths are the other): whatever a log call passes,
 * personal data must not reach a log line. Two nets:
 * - by field name, at any depth: a field named like name, kana, address, birth date, 宛名番号 (atena*),
 *   individual number (myNumber, individualNumber), phone, or a secret (password, token, cookie);
 * - by value, in every string (the message included): runs of 10-16 digits (宛名番号, 住民票コード,
 *   個人番号 of 12 digits, phone numbers without separators), phone numbers with separators, calendar dates
 *   that are not timestamps (birth dates), era dates, 番地 of an address, e-mail addresses.
 * It cannot recognise a name in free text: messages must not be built from user input (log a code instead).
 */
export const REDACTED = '[REDACTED]';

const personalKey =
  /name|kana|address|addr$|birth|atena|mynumber|my_number|individualnumber|individual_number|kojinbango|juminhyo|honseki|phone|^tel$|mobile|email|postal|zipcode|password|secret|token|cookie|authorization|signature|png/i;

/** Keys that match the pattern above but are known to carry no personal data. */
const safeKeys = new Set(['hostname', 'readModel', 'readModels', 'useCase', 'passwordFrom']);

const digit = '[0-9０-９]';
const notAlnum = '(?<![0-9A-Za-z０-９_-])';
const notAlnumAfter = '(?![0-9A-Za-z０-９_-])';
const sep = '[-‐－ー―−\\s]?';
const valuePatterns: readonly RegExp[] = [
  // 個人番号 written in groups of four (1234 5678 9012)
  new RegExp(`${notAlnum}${digit}{4}${sep}${digit}{4}${sep}${digit}{4}${notAlnumAfter}`, 'g'),
  // phone numbers with separators (0198-24-2111, ０１９８－２４－２１１１, 090-1234-5678)
  new RegExp(`${notAlnum}[0０]${digit}{1,4}[-‐－ー―−(（)）]${digit}{1,4}[-‐－ー―−)）]${digit}{3,4}${notAlnumAfter}`, 'g'),
  // 宛名番号, 住民票コード, 個人番号, phone numbers without separators
  new RegExp(`${notAlnum}${digit}{10,16}${notAlnumAfter}`, 'g'),
  // calendar dates that are not the date part of a timestamp (birth dates): 1984-05-10, 1984/5/10
  new RegExp(`${notAlnum}(1[89]|20)${digit}{2}[-/／.．]${digit}{1,2}[-/／.．]${digit}{1,2}(?![0-9０-９T])`, 'g'),
  // 1984年5月10日 and era dates (昭和59年5月10日, 令和元年)
  new RegExp(`(明治|大正|昭和|平成|令和|[MTSHR])?${digit}{1,4}年${digit}{1,2}月(${digit}{1,2}日)?`, 'g'),
  new RegExp(`(明治|大正|昭和|平成|令和)(元|${digit}{1,2})年`, 'g'),
  // 番地 of an address (1番1号, 3丁目, 12番地)
  new RegExp(`${digit}+(丁目|番地|番${digit}+号|番)`, 'g'),
  // e-mail addresses
  /[^\s@"'<>]+@[^\s@"'<>]+\.[A-Za-z]{2,}/g,
];

/** A string with every value that looks like personal data replaced by [REDACTED]. */
export function scrubText(text: string): string {
  let scrubbed = text;
  for (const pattern of valuePatterns) scrubbed = scrubbed.replace(pattern, REDACTED);
  return scrubbed;
}

export function isPersonalKey(key: string): boolean {
  return !safeKeys.has(key) && personalKey.test(key);
}

const maxDepth = 8;

/** Any value made safe to log: personal fields replaced, strings scrubbed, errors reduced, bigints as text. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) return '[TRUNCATED]';
  if (value instanceof Error) return scrubError(value);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const scrubbed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) scrubbed[key] = isPersonalKey(key) ? REDACTED : scrubValue(item, depth + 1);
  return scrubbed;
}

export function scrubFields(fields: LogFields | undefined): Record<string, unknown> {
  return (fields ? scrubValue(fields) : {}) as Record<string, unknown>;
}

/**
 * An error as a log field: its name and stack frames. The message is left out, because an error's message
 * may quote user input (a name typed into a form, a 宛名番号 in a path).
 */
export function scrubError(error: Error): { type: string; stack: string[] } {
  return { type: error.name, stack: stackFrames(error) };
}

export function stackFrames(error: unknown): string[] {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 20)
    .map((line) => scrubText(line.trim()));
}
