import type { DeadLetter, DeadLetterQuery } from './dead-letter';

/** What admins do with dead letters: see them, and replay one through its processor. */
export interface DeadLetterDesk {
  listDeadLetters(query?: DeadLetterQuery): { readonly open: number; readonly deadLetters: readonly DeadLetter[] };
  /**
   * Re-applies the event through the processor that failed on it, then the letters of its stream held
   * behind it, in order; each one applied is resolved. Throws a typed error (not found, already resolved,
   * held behind an earlier open letter, later events already applied, event missing, still failing).
   */
  replayDeadLetter(id: number, by: string): Promise<DeadLetter>;
}
