/**
 * The filters of the binding language, as forms print them. One implementation: the server's form filling
 * (resolveBinding) runs it, and the designer's examples run it through the published contract
 * application/form/contracts/binding-filters.contract.ts, so a designer sees what the PDF will print.
 */
import { hiraganaToKatakana } from '../linkage';
import { ageInYears, formatEraDate } from '../shared';

/** A resolved value: text, a yes/no, or null when unknown. */
export type BindingValue = string | boolean | null;

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/;

/** The ISO day of a date or timestamp value, or null. */
function isoDay(value: BindingValue): string | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value.trim());
  return match?.[1] ?? null;
}

/** A date in the era calendar; null (never an error) when the value is not a date the calendar knows. */
function era(value: BindingValue, style: 'long' | 'short' | 'year'): BindingValue {
  const day = isoDay(value);
  if (!day) return null;
  try {
    return formatEraDate(day, style);
  } catch {
    return null;
  }
}

function age(value: BindingValue, today: string): BindingValue {
  const day = isoDay(value);
  const on = isoDay(today);
  if (!day || !on) return null;
  try {
    const years = ageInYears(day, on);
    return years >= 0 ? String(years) : null;
  } catch {
    return null;
  }
}

/**
 * Printable ASCII to full width, the space included, so nothing half-width is left:
 * 1-2-3 → １－２－３, A → Ａ, a space → the ideographic space (U+3000).
 */
export function toFullWidth(text: string): string {
  return text.replace(/[\u0020-\u007E]/g, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

/** The first line, whatever ends it (CR LF, LF or a lone CR). */
function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n/)[0] ?? '';
}

const text = (value: BindingValue, change: (s: string) => string): BindingValue => (typeof value === 'string' ? change(value) : value);

/**
 * Applies one filter. Null stays null; a value a filter cannot read (a name given to `era`) becomes null.
 * The filter name is checked beforehand by validateBinding; an unknown one returns the value unchanged.
 */
export function applyBindingFilter(name: string, value: BindingValue, today: string): BindingValue {
  if (value === null) return null;
  switch (name) {
    case 'era':
      return era(value, 'long');
    case 'eraShort':
      return era(value, 'short');
    case 'eraYear':
      return era(value, 'year');
    case 'age':
      return age(value, today);
    case 'katakana':
      return text(value, hiraganaToKatakana);
    case 'fullwidth':
      return text(value, toFullWidth);
    case 'sexLabel':
      return value === 'male' ? '男' : value === 'female' ? '女' : '';
    case 'yesNo':
      return value === true ? 'はい' : value === false ? 'いいえ' : value;
    case 'first':
      return text(value, firstLine);
    default:
      return value;
  }
}
