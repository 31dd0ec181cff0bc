import { ageInYears, isParticipantRole } from '../shared';
import { BindingError } from './binding.errors';
import { applyBindingFilter, type BindingValue } from './binding-filters';
import { type ParsedBinding, parseBinding } from './binding-syntax';
import { validateBinding } from './binding.validation';
import type { FormDataContext, PersonData } from './form-data-context';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only: a binding never reaches `constructor` or the prototype. */
function own(record: unknown, key: string | number): unknown {
  if (Array.isArray(record)) return typeof key === 'number' ? record[key] : undefined;
  return isRecord(record) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Any data value as a binding value: lists joined with 、, numbers as text, everything else unknown. */
function toValue(value: unknown): BindingValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (Array.isArray(value)) {
    const items = value.map(toValue).filter((item): item is string | boolean => item !== null);
    return items.length > 0 ? items.map((item) => (typeof item === 'boolean' ? (item ? 'はい' : 'いいえ') : item)).join('、') : null;
  }
  return null;
}

function personValue(person: PersonData | null | undefined, key: string | number | undefined, today: string): BindingValue {
  if (!person || typeof key !== 'string') return null;
  if (key === 'age') {
    try {
      const years = ageInYears(person.birthDate, today.slice(0, 10));
      return years >= 0 ? String(years) : null;
    } catch {
      return null;
    }
  }
  const value = toValue(own(person, key));
  return value === '' ? null : value; // an empty item of a person is not known
}

function rawValue(parsed: ParsedBinding, context: FormDataContext): BindingValue {
  const { root, path } = parsed;
  switch (root) {
    case 'applicant':
    case 'person':
    case 'head':
      return personValue(context[root], path[0], context.today);
    case 'concerned':
    case 'household':
    case 'children': {
      const person = own(context[root], path[0] ?? '') as PersonData | undefined;
      return personValue(person, path[1], context.today);
    }
    case 'role':
    case 'roles': {
      const players = typeof path[0] === 'string' && isParticipantRole(path[0]) ? (context.roles[path[0]] ?? []) : [];
      return root === 'role' ? personValue(players[0], path[1], context.today) : personValue(own(players, path[1] ?? '') as PersonData | undefined, path[2], context.today);
    }
    case 'today':
      return toValue(context.today);
    default: {
      const value = path.reduce<unknown>((current, step) => own(current, step), own(context, root));
      return toValue(value);
    }
  }
}

/**
 * The value of a binding for a visit: text, a yes/no (for check boxes), or null when the data is unknown
 * or missing. Throws `BindingError` only for a malformed binding (bad syntax, unknown words).
 */
export function resolveBinding(binding: string, context: FormDataContext): BindingValue {
  const parsed = parseBinding(binding);
  const problems = validateBinding(binding);
  if (problems.length > 0) throw new BindingError('FORM.BINDING_INVALID', binding, `データの指定「${binding}」に誤りがあります: ${problems.join(' / ')}`);
  return parsed.filters.reduce<BindingValue>((value, filter) => applyBindingFilter(filter, value, context.today), rawValue(parsed, context));
}
