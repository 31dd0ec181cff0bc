/**
 * The JSON Logic operators that work on already evaluated arguments (comparison, logic on values,
 * arithmetic, strings, arrays). The lazy ones (if, and, or, var, map ...) live in json-logic.ts.
 */
import {
  isTruthy,
  lessOrEqual,
  lessThan,
  looseEquals,
  strictEquals,
  toNumber,
  toText,
} from './json-logic-coercion';

export type ValueOperator = (args: readonly unknown[]) => unknown;

/** `<` and `<=` accept a third argument: {"<": [1, x, 10]} means 1 < x < 10. */
const between =
  (compare: (left: unknown, right: unknown) => boolean): ValueOperator =>
  ([first, second, third]) =>
    compare(first, second) && (third === undefined ? true : compare(second, third));

const extreme =
  (pick: (...values: number[]) => number): ValueOperator =>
  (args) =>
    args.length === 0 ? null : pick(...args.map(toNumber));

/** Substring with JSON Logic's negative positions: a negative start counts from the end, a negative length leaves characters off the end. */
function substring(source: unknown, start: unknown, length: unknown): string {
  const text = toText(source);
  const from = toNumber(start);
  const begin = from < 0 ? Math.max(0, text.length + from) : Math.min(from || 0, text.length);
  if (length === undefined) return text.slice(begin);
  const count = toNumber(length);
  if (count < 0) return text.slice(begin, Math.max(begin, text.length + count));
  return text.slice(begin, begin + (count || 0));
}

function contains(needle: unknown, haystack: unknown): boolean {
  if (Array.isArray(haystack)) return haystack.some((item) => strictEquals(item, needle));
  if (typeof haystack === 'string') return haystack.includes(toText(needle));
  return false;
}

function operatorTable(): ReadonlyMap<string, ValueOperator> {
  const table: Array<[string, ValueOperator]> = [
    ['==', ([a, b]) => looseEquals(a, b)],
    ['===', ([a, b]) => strictEquals(a, b)],
    ['!=', ([a, b]) => !looseEquals(a, b)],
    ['!==', ([a, b]) => !strictEquals(a, b)],
    ['!', ([a]) => !isTruthy(a)],
    ['!!', ([a]) => isTruthy(a)],
    ['>', ([a, b]) => lessThan(b, a)],
    ['>=', ([a, b]) => lessOrEqual(b, a)],
    ['<', between(lessThan)],
    ['<=', between(lessOrEqual)],
    ['max', extreme(Math.max)],
    ['min', extreme(Math.min)],
    ['+', (args) => args.reduce<number>((sum, value) => sum + toNumber(value), 0)],
    ['*', (args) => args.reduce<number>((product, value) => product * toNumber(value), 1)],
    ['-', ([a, b]) => (b === undefined ? -toNumber(a) : toNumber(a) - toNumber(b))],
    ['/', ([a, b]) => toNumber(a) / toNumber(b)],
    ['%', ([a, b]) => toNumber(a) % toNumber(b)],
    ['in', ([needle, haystack]) => contains(needle, haystack)],
    ['cat', (args) => args.map(toText).join('')],
    ['substr', ([source, start, length]) => substring(source, start, length)],
    ['merge', (args) => args.flatMap((value) => (Array.isArray(value) ? value : [value]))],
  ];
  return new Map(table);
}

export const valueOperators: ReadonlyMap<string, ValueOperator> = operatorTable();
