/**
 * JSON Logic's value rules (https://jsonlogic.com/truthy.html and the operations page): truthiness,
 * JavaScript's loose and strict equality, ordering and the casts to number and string, written out for
 * JSON values so that no rule depends on accidental host behaviour.
 */

type Primitive = string | number | boolean | null | undefined;

/** JSON Logic truthiness: like JavaScript, except that an empty array is false. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** JavaScript's ToPrimitive for JSON values: arrays become "1,2", objects "[object Object]". */
export function toPrimitive(value: unknown): Primitive {
  if (value === null || value === undefined) return value;
  if (typeof value === 'object') return String(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** JavaScript's ToNumber: "" → 0, "3.14" → 3.14, true → 1, null → 0, "abc" → NaN. */
export function toNumber(value: unknown): number {
  return Number(toPrimitive(value));
}

/** JavaScript's ToString: null → "null", [1, [2, 3]] → "1,2,3". */
export function toText(value: unknown): string {
  return String(toPrimitive(value));
}

const isNullish = (value: unknown): value is null | undefined => value === null || value === undefined;

/** `===`: same type and value; arrays and objects only when they are the same instance. */
export function strictEquals(left: unknown, right: unknown): boolean {
  return left === right;
}

/** `==`: JavaScript's abstract equality (IsLooselyEqual) for JSON values. */
export function looseEquals(left: unknown, right: unknown): boolean {
  if (isNullish(left) || isNullish(right)) return isNullish(left) && isNullish(right);
  if (typeof left === typeof right) return left === right;
  if (typeof left === 'boolean') return looseEquals(Number(left), right);
  if (typeof right === 'boolean') return looseEquals(left, Number(right));
  if (typeof left === 'number' && typeof right === 'string') return left === Number(right);
  if (typeof left === 'string' && typeof right === 'number') return Number(left) === right;
  if (typeof left === 'object') return looseEquals(toPrimitive(left), right);
  if (typeof right === 'object') return looseEquals(left, toPrimitive(right));
  return false;
}

/** `<`: strings compare by code unit when both sides are strings, otherwise as numbers (NaN → false). */
export function lessThan(left: unknown, right: unknown): boolean {
  const a = toPrimitive(left);
  const b = toPrimitive(right);
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return Number(a) < Number(b);
}

/** `<=`, with the same casts as `<` (NaN on either side → false). */
export function lessOrEqual(left: unknown, right: unknown): boolean {
  const a = toPrimitive(left);
  const b = toPrimitive(right);
  if (typeof a === 'string' && typeof b === 'string') return a <= b;
  return Number(a) <= Number(b);
}
