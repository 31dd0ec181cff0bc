import type { RecordedEvent } from '../event-store';

/**
 * A read model as a set of JSON documents, one per key, each a pure fold of the events that touch it.
 * evolve must be total (never throw) and idempotent for a replayed event.
 */
export interface DocumentProjection<D> {
  /** Name of the read model (also the name announced on the live channel). */
  readonly readModel: string;
  /** Bump when the projection's logic changes: the runner then rebuilds it from position 0. */
  readonly version: number;
  readonly eventTypes: readonly string[];
  /** Keys of the documents an event changes. */
  keysOf(event: RecordedEvent): readonly string[];
  /** The new document for `key`, or undefined to delete it. */
  evolve(doc: D | undefined, event: RecordedEvent, key: string): D | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocumentProjection = DocumentProjection<any>;
