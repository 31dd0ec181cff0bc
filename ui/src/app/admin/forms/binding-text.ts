import type { BindingValueKind } from '@madoguchi/application/form/contracts/binding-vocabulary.contract';
import { bindingFilters, bindingRoots, filterAccepts, keysOf } from './binding-words';

/** A binding as the picker edits it: root, an index into a list, a key (or a question id), filters. */
export interface BindingParts {
  readonly root: string;
  /** 0-based: concerned[0] */
  readonly index: number | null;
  readonly key: string | null;
  readonly filters: readonly string[];
}

const simple = /^([A-Za-z_]\w*)(?:\[(\d+)\])?(?:\.([A-Za-z_]\w*))?((?:\|[A-Za-z_]\w*)*)$/;

/** The parts of a binding the picker can show, or null for anything it cannot (edit that as text). */
export function bindingParts(binding: string): BindingParts | null {
  const match = simple.exec(binding.replace(/\s*\|\s*/g, '|').trim());
  if (!match) return null;
  const [, root = '', index, key, filters = ''] = match;
  if (!bindingRoots[root]) return null;
  return { root, index: index === undefined ? null : Number(index), key: key ?? null, filters: filters.split('|').filter((f) => f !== '') };
}

/** The binding text: `concerned[0].birthDate|era`. */
export function bindingOf(parts: BindingParts): string {
  const index = parts.index === null ? '' : `[${parts.index}]`;
  const key = parts.key === null ? '' : `.${parts.key}`;
  return [`${parts.root}${index}${key}`, ...parts.filters].join('|');
}

/** The kind of value the root and key give (before filters), or null when incomplete. */
export function baseKind(parts: Pick<BindingParts, 'root' | 'key'>): BindingValueKind | null {
  const spec = bindingRoots[parts.root];
  if (!spec) return null;
  if (spec.shape === 'value') return spec.kind;
  if (spec.shape === 'answers') return parts.key ? 'any' : null;
  return parts.key ? (keysOf(parts.root)[parts.key] ?? null) : null;
}

/** The kind after the filters (null when a filter does not fit what it receives). */
export function kindAfter(kind: BindingValueKind | null, filters: readonly string[]): BindingValueKind | null {
  let current = kind;
  for (const name of filters) {
    const filter = bindingFilters[name];
    if (!current || !filter || !filterAccepts(filter, current)) return null;
    current = filter.gives;
  }
  return current;
}

/** The filters that fit a value of this kind (e.g. a date: era, eraShort, eraYear, age). */
export function filtersFor(kind: BindingValueKind | null): string[] {
  if (!kind) return [];
  return Object.entries(bindingFilters)
    .filter(([, filter]) => filterAccepts(filter, kind))
    .map(([name]) => name);
}
