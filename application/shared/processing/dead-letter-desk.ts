import type { DeadLetter, DeadLetterQuery } from './dead-letter';

/** What admins do with dead letters: see them, and replay one through its processor. */
export interface DeadLetterDesk {
  listDeadLetters(query?: DeadLetterQuery): { readonly open: number; readonly deadLetters: readonly DeadLetter[] };
  /**
   * Re-applies the event through the processor that failed on it; on success the record is resolved.
   * Throws a typed error (not found, already resolved, still failing).
   */
  replayDeadLetter(id: number, by: string): Promise<DeadLetter>;
}
