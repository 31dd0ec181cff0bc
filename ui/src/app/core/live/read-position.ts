/**
 * Global positions arrive encoded as "commit/prepare" (decimal). The UI only needs to know whether a
 * read model has caught up with a position it was told about.
 */
function decode(text: string): readonly [bigint, bigint] | null {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text.trim());
  return match?.[1] !== undefined && match[2] !== undefined ? [BigInt(match[1]), BigInt(match[2])] : null;
}

/** True when `read` is known to be before `wanted`; unknown encodings count as caught up. */
export function isBefore(read: string, wanted: string): boolean {
  const a = decode(read);
  const b = decode(wanted);
  if (!a || !b) return false;
  return a[0] !== b[0] ? a[0] < b[0] : a[1] < b[1];
}
