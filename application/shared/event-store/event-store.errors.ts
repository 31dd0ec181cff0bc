import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the revision the caller expected: someone else wrote first. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or 'no_stream'. Undefined where the store does not say. */
    readonly actual: number | 'no_stream' | undefined,
  ) {
    super(`ストリーム ${streamId} は他の操作で更新されています（期待: ${String(expected)}、実際: ${String(actual)}）`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The store could not be reached or failed; nothing is known to be written. */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE.UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}
