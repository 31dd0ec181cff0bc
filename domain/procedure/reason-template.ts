/**
 * Reason templates: Japanese text with {{placeholders}} read from the proposal context, e.g.
 * '{{person.name}}さん（{{person.age}}歳）は65歳以上のため、介護保険の手続きが必要です'.
 */
import { readPath } from './json-logic';
import type { ProposalContext } from './proposal-context';

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** The paths a template reads, in order of appearance ('person.name', 'household.size' ...). */
export function extractPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(display).filter((text) => text !== '').join('、');
  return '';
}

/** Renders a template; a placeholder that reads nothing renders as empty text (never throws). */
export function renderReason(template: string, context: ProposalContext): string {
  return template.replace(PLACEHOLDER, (_match, path: string) => display(readPath(context, path, null)));
}
