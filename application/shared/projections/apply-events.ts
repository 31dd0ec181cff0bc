import { EventStoreUnavailableError, type RecordedEvent } from '../event-store';
import { errorMessageOf, type EventFailure } from '../processing/dead-letter';
import type { EventProcessor } from '../processing/event-processor';
import type { ReadModelStore } from './read-model-store.port';
import { StagedDocuments } from './staged-documents';

export interface AppliedEvents {
  readonly staged: StagedDocuments;
  /** Events the processor threw on: to be dead-lettered in the same commit. */
  readonly failures: readonly EventFailure[];
}

/** The revision of the open dead letter that events of a stream wait behind (HeldStreams.behind). */
export type HeldBehind = (streamId: string) => number | undefined;

/**
 * Hands each event of a type the processor handles to it, staging its document changes: an event that
 * throws leaves nothing behind and becomes a failure. An event of a stream held behind an open dead letter
 * (in the store, or failed earlier in these events) is not run at all: it becomes a failure that says so,
 * so the stream's events are applied in order or not at all (held-streams.ts says why).
 * EventStoreUnavailableError is no fault of the event: it is rethrown, so the whole batch is tried again later.
 */
export async function applyEvents(
  processor: EventProcessor,
  events: readonly RecordedEvent[],
  store: ReadModelStore,
  now: () => string,
  heldBehind: HeldBehind = () => undefined,
): Promise<AppliedEvents> {
  const staged = new StagedDocuments(store, processor.name);
  const failures: EventFailure[] = [];
  const failedHere = new Map<string, number>();
  for (const event of events) {
    if (!processor.eventTypes.includes(event.type)) continue;
    const behind = failedHere.get(event.streamId) ?? heldBehind(event.streamId);
    if (behind !== undefined) {
      failures.push({ ...failureOf(processor.name, event, heldError(behind), now()), heldBehind: behind });
      continue;
    }
    const documents = staged.forEvent(event.position);
    try {
      const pending = processor.handle(event, documents);
      if (pending instanceof Promise) await pending;
      documents.keep();
    } catch (error) {
      if (error instanceof EventStoreUnavailableError) throw error;
      failures.push(failureOf(processor.name, event, error, now()));
      failedHere.set(event.streamId, event.revision);
    }
  }
  return { staged, failures };
}

function heldError(revision: number): Error {
  const error = new Error(`not applied: revision ${revision} of this stream is an open dead letter of this processor; replaying it applies this one after it`);
  error.name = 'HeldBehindDeadLetter';
  return error;
}

function failureOf(processor: string, event: RecordedEvent, error: unknown, failedAt: string): EventFailure {
  return {
    processor,
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    eventType: event.type,
    eventId: event.metadata.eventId,
    error: errorMessageOf(error),
    failedAt,
  };
}
