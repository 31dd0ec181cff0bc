/**
 * What no string from outside may hold: NUL and the other C0/C1 control characters (a field that allows
 * line breaks or tabs still gets them), and lone UTF-16 surrogates, which no real character is.
 */
// eslint-disable-next-line no-control-regex
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type TextFault = 'control-character' | 'lone-surrogate';

export function textFault(text: string): TextFault | undefined {
  if (forbiddenControls.test(text)) return 'control-character';
  if (loneSurrogate.test(text)) return 'lone-surrogate';
  return undefined;
}

/** Keys that reach into an object's prototype in careless code; never a field of ours. */
export const dangerousKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonFault =
  | { readonly kind: 'too-deep'; readonly path: string }
  | { readonly kind: 'too-many-items'; readonly path: string }
  | { readonly kind: 'dangerous-key'; readonly path: string; readonly key: string }
  | { readonly kind: TextFault; readonly path: string };

export interface JsonLimits {
  /** Deepest nesting of arrays and objects. */
  readonly maxDepth: number;
  /** Most values and keys in all (a template, the largest body we take, has about 10,000). */
  readonly maxItems: number;
}

/** A value met on the walk: where it sits is kept as a link to its parent, so a path is built only for a fault. */
interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Visit | undefined;
  readonly key: string | number | undefined;
}

function pathOf(visit: Visit | undefined, key?: string): string {
  const parts: string[] = key === undefined ? [] : [key];
  for (let at = visit; at && at.key !== undefined; at = at.parent) parts.push(typeof at.key === 'number' ? `[${at.key}]` : at.key);
  return parts.reverse().reduce((path, part) => (part.startsWith('[') || path === '' ? `${path}${part}` : `${path}.${part}`), '');
}

/**
 * Walks a parsed JSON value without recursion (so depth cannot overflow the stack), in time linear in its
 * size and with a cap on that size, and names the first fault: nesting beyond the depth, too many items, a
 * dangerous key, or a string (key or value) with a forbidden character. Only containers are queued; a path
 * is built only for a fault.
 */
export function jsonFault(value: unknown, limits: JsonLimits): JsonFault | undefined {
  if (typeof value === 'string') {
    const fault = textFault(value);
    return fault ? { kind: fault, path: '' } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Visit[] = [{ value, depth: 0, parent: undefined, key: undefined }];
  let items = 1;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.depth >= limits.maxDepth) return { kind: 'too-deep', path: pathOf(visit) };
    const container = visit.value as Record<string, unknown> | unknown[];
    const keys: ReadonlyArray<string | number> = Array.isArray(container) ? [] : Object.keys(container);
    const size = Array.isArray(container) ? container.length : keys.length;
    items += size;
    if (items > limits.maxItems) return { kind: 'too-many-items', path: pathOf(visit) };
    for (let i = 0; i < size; i++) {
      const key = Array.isArray(container) ? i : (keys[i] as string);
      if (typeof key === 'string') {
        if (dangerousKeys.has(key)) return { kind: 'dangerous-key', path: pathOf(visit, key), key };
        const fault = textFault(key);
        if (fault) return { kind: fault, path: pathOf(visit, key) };
      }
      const item = Array.isArray(container) ? container[i] : container[key as string];
      if (typeof item === 'string') {
        const fault = textFault(item);
        if (fault) return { kind: fault, path: pathOf(visit, typeof key === 'number' ? `[${key}]` : key) };
      } else if (typeof item === 'object' && item !== null) {
        stack.push({ value: item, depth: visit.depth + 1, parent: visit, key });
      }
    }
  }
  return undefined;
}
