/**
 * A global position in the event store's log ($all).
 * EventStoreDB gives a (commit, prepare) pair; the embedded stores use one integer for both.
 * The rest of the code treats it as opaque: compare it, encode it, decode it.
 */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START_POSITION: Position = { commit: -1n, prepare: -1n };

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** "commit/prepare" as decimal text: safe in JSON, URLs and SQLite TEXT columns. */
export function encodePosition(position: Position): string {
  return `${position.commit}/${position.prepare}`;
}

export function decodePosition(text: string): Position | undefined {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
