import type { RecordedEvent } from '../event-store';

/** A projection keeps read-model documents; a reaction acts on another context (and may keep documents). */
export type ProcessorKind = 'projection' | 'reaction';

/**
 * The documents a processor changes while it handles one event: staged, and committed together with the
 * processor's checkpoint. A processor owns the read model named after it and changes only that one.
 */
export interface ProcessorDocuments {
  get<D>(key: string): D | undefined;
  /** Undefined deletes the document. */
  put(key: string, doc: unknown): void;
}

/**
 * Anything fed from the event log with its own checkpoint: a projection or a cross-context reaction.
 * The runner gives each one its own subscription from its checkpoint, retries it with backoff when the
 * subscription or a commit fails, and dead-letters an event its `handle` throws on.
 */
export interface EventProcessor {
  /** Unique; also the read model it owns and the key of its checkpoint. */
  readonly name: string;
  readonly kind: ProcessorKind;
  /** Bump when its logic changes: its documents and checkpoint are dropped and it starts from 0. */
  readonly version: number;
  readonly eventTypes: readonly string[];
  /**
   * Handles one event. Throwing dead-letters the event for this processor (its changes for this event are
   * dropped) and processing goes on, except for EventStoreUnavailableError, which retries the whole batch.
   * A batch can be retried, so anything a reaction does outside `documents` must be idempotent.
   */
  handle(event: RecordedEvent, documents: ProcessorDocuments): void | Promise<void>;
}
