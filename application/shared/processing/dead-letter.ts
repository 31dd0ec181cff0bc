import type { Position } from '../event-store';

/** How an open dead letter was closed: replayed by an admin, or dropped with a rebuild of its processor. */
export interface DeadLetterResolution {
  readonly kind: 'replayed' | 'rebuilt';
  /** ISO instant. */
  readonly at: string;
  /** Staff id of who replayed it; null for a rebuild. */
  readonly by: string | null;
}

/**
 * One event a processor could not handle. It names the event and says why, never what it holds: the
 * event's data stays in the event store, so a dead letter holds no personal data the event does not.
 */
export interface DeadLetter {
  readonly id: number;
  readonly processor: string;
  readonly position: Position;
  readonly streamId: string;
  readonly revision: number;
  readonly eventType: string;
  readonly eventId: string;
  /** The error's message (capped), not its stack and not the event. */
  readonly error: string;
  /** Times the processor failed on this event: the first failure, then each failed replay. */
  readonly attempts: number;
  readonly firstFailedAt: string;
  readonly lastFailedAt: string;
  /** Undefined while open. */
  readonly resolution: DeadLetterResolution | undefined;
}

/** A processor failed on an event: recorded (or counted once more) in the processor's commit. */
export interface EventFailure {
  readonly processor: string;
  readonly position: Position;
  readonly streamId: string;
  readonly revision: number;
  readonly eventType: string;
  readonly eventId: string;
  readonly error: string;
  readonly failedAt: string;
  /**
   * Set when the processor never ran the event: an earlier event of its stream (this revision) is an open
   * dead letter of the same processor, so this one waits behind it (see HeldStreams).
   */
  readonly heldBehind?: number;
}

/** Dead-letter writes that commit in the same transaction as a processor's documents. */
export interface DeadLetterWrites {
  readonly failures?: readonly EventFailure[];
  readonly resolved?: ReadonlyArray<{ readonly id: number; readonly resolution: DeadLetterResolution }>;
}

export type DeadLetterState = 'open' | 'resolved' | 'all';

export interface DeadLetterQuery {
  readonly state?: DeadLetterState;
  readonly processor?: string;
  /** Newest first; default 500. */
  readonly limit?: number;
}

export interface DeadLetterReader {
  deadLetters(query?: DeadLetterQuery): DeadLetter[];
  deadLetter(id: number): DeadLetter | undefined;
  /** Every open dead letter of one processor (of one stream when given), by stream then revision, unlimited. */
  openDeadLettersOf(processor: string, streamId?: string): DeadLetter[];
  openDeadLetterCount(): number;
}

/** Error messages are capped: a dead letter explains, it does not archive. */
export const DEAD_LETTER_ERROR_MAX_LENGTH = 1000;

export function errorMessageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > DEAD_LETTER_ERROR_MAX_LENGTH ? `${text.slice(0, DEAD_LETTER_ERROR_MAX_LENGTH - 1)}…` : text;
}
