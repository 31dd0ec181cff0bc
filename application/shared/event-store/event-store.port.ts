import type { NewEvent, RecordedEvent } from './event-envelope';
import type { Position } from './position';

/**
 * 'no_stream': the stream must not exist; 'exists': it must; 'any': no check;
 * a number: the revision of the stream's last event must be exactly this.
 */
export type ExpectedRevision = 'no_stream' | 'any' | 'exists' | number;

export interface AppendResult {
  /** Revision of the last event written (the next append expects this). */
  readonly nextRevision: number;
  /** Global position of the last event written. */
  readonly position: Position;
}

export interface ReadStreamOptions {
  /** Inclusive. Forwards default 0; backwards default the end. */
  readonly fromRevision?: number | 'start' | 'end';
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Default: from the start. */
  readonly after?: Position;
  readonly maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Exclusive: deliver events strictly after this position. Default: from the start. */
  readonly after?: Position;
}

/** Catch-up then live delivery of every (non-system) event, in global order. */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** The one port every event store adapter implements (tests/contract/event-store.contract.ts). */
export interface EventStore {
  /** Resolves only once the events are durable. Throws WrongExpectedRevisionError on a conflict. */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** An absent stream reads as an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the last event in the log, or undefined when the log is empty. */
  headPosition(): Promise<Position | undefined>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** A short name for health reports: 'sqlite', 'memory', 'eventstoredb'. */
  readonly kind: string;
  close(): Promise<void>;
}
