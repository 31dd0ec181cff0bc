import type { Position } from './position';

/** Metadata carried by every stored event (ARCHITECTURE.md, "Events"). */
export interface EventMetadata {
  readonly eventId: string;
  /** ISO-8601 instant the command was decided at. */
  readonly occurredAt: string;
  /** Staff id, 'system', or 'resident:<session>'. */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly schemaVersion: number;
  /** Reserved: hash chain over stored events (planned). */
  readonly hash?: string;
  /** Reserved: per-resident encryption key id for personal fields (planned). */
  readonly keyId?: string;
}

/** What a use case hands to the store. */
export interface NewEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}

/** What the store gives back: an event with its place in its stream and in the global log. */
export interface RecordedEvent {
  readonly streamId: string;
  /** 0-based revision of the event within its stream. */
  readonly revision: number;
  readonly position: Position;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}
