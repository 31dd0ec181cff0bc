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

/**
 * Hands each event of a type the processor handles to it, staging its document changes: an event that
 * throws leaves nothing behind and becomes a failure. EventStoreUnavailableError is no fault of the event:
 * it is rethrown, so the whole batch is tried again later.
 */
export async function applyEvents(
  processor: EventProcessor,
  events: readonly RecordedEvent[],
  store: ReadModelStore,
  now: () => string,
): Promise<AppliedEvents> {
  const staged = new StagedDocuments(store, processor.name);
  const failures: EventFailure[] = [];
  for (const event of events) {
    if (!processor.eventTypes.includes(event.type)) continue;
    const documents = staged.forEvent(event.position);
    try {
      const pending = processor.handle(event, documents);
      if (pending instanceof Promise) await pending;
      documents.keep();
    } catch (error) {
      if (error instanceof EventStoreUnavailableError) throw error;
      failures.push(failureOf(processor.name, event, error, now()));
    }
  }
  return { staged, failures };
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
