import { type Position as EsdbPosition, START } from '@eventstore/db-client';
import { comparePositions, type Position } from '../../../application/shared/event-store';

/**
 * EventStoreDB's $all position is a (commit, prepare) pair of unsigned 64-bit log offsets, the
 * same shape as our Position, so the mapping is one to one. Servers older than 22.6 report
 * 2^64-1 ("no position") for events read from a stream: that maps to undefined.
 */
const NO_POSITION = 18_446_744_073_709_551_615n;

/** Where a read or subscription "strictly after `after`" starts: the start of $all, or that position. */
export function toEsdbStartPosition(after: Position | undefined): EsdbPosition | typeof START {
  if (!after || after.commit < 0n || after.prepare < 0n) return START;
  return { commit: after.commit, prepare: after.prepare };
}

/** Our position for an event: its recorded position, else the read's commit position. */
export function fromEsdbPosition(position: EsdbPosition | undefined, commitPosition?: bigint): Position | undefined {
  if (position && position.commit !== NO_POSITION && position.prepare !== NO_POSITION) {
    return { commit: position.commit, prepare: position.prepare };
  }
  if (commitPosition !== undefined && commitPosition !== NO_POSITION) return { commit: commitPosition, prepare: commitPosition };
  return undefined;
}

/** The port's "after" is exclusive; ESDB's readAll from a position includes it. */
export function isAfter(position: Position, after: Position | undefined): boolean {
  return after === undefined || comparePositions(position, after) > 0;
}
