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
  | { readonly kind: 'dangerous-key'; readonly path: string; readonly key: string }
  | { readonly kind: TextFault; readonly path: string };

/**
 * Walks a parsed JSON value without recursion (so depth cannot overflow the stack) and names the first
 * fault: nesting beyond `maxDepth`, a dangerous key, or a string (key or value) with a forbidden character.
 */
export function jsonFault(value: unknown, maxDepth: number): JsonFault | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value: current, depth, path } = stack.pop()!;
    if (typeof current === 'string') {
      const fault = textFault(current);
      if (fault) return { kind: fault, path };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) return { kind: 'too-deep', path };
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` }));
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (dangerousKeys.has(key)) return { kind: 'dangerous-key', path: keyPath, key };
      const fault = textFault(key);
      if (fault) return { kind: fault, path: keyPath };
      stack.push({ value: item, depth: depth + 1, path: keyPath });
    }
  }
  return undefined;
}
