import { randomUUID } from 'node:crypto';

/**
 * The emulator's in-memory transaction log: one global ordered log ($all) and per-stream indexes.
 * Positions behave like EventStoreDB's: opaque, strictly increasing byte offsets with gaps, and
 * commit == prepare for every event (no explicit transactions).
 */

/** EventStoreDB's revision of a tombstoned stream's `$streamDeleted` event (long.MaxValue). */
export const TOMBSTONE_REVISION = 9_223_372_036_854_775_807n;

export type ExpectedState =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

export interface ProposedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent {
  readonly streamId: string;
  readonly revision: bigint;
  /** Commit and prepare position (equal, as for any non-transactional write). */
  readonly position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server reports `created`. */
  readonly createdTicks: bigint;
}

export type WriteOutcome =
  | { readonly kind: 'success'; readonly currentRevision: bigint | undefined; readonly position: bigint | undefined }
  | { readonly kind: 'wrong_expected_version'; readonly currentRevision: bigint | undefined; readonly expected: ExpectedState }
  | { readonly kind: 'stream_deleted' };

interface StreamRecord {
  readonly events: StoredEvent[];
  /** Events below this revision are hidden ($tb metadata, soft delete). */
  truncateBefore: bigint;
  softDeleted: boolean;
  tombstoned: boolean;
}

const SOFT_DELETED_TB = TOMBSTONE_REVISION;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class EmulatorLog {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StreamRecord>();
  private readonly listeners = new Set<() => void>();
  /** A fresh server's log does not start at 0 (chunk header, epoch records). */
  private nextPosition = 4_096n;

  /** The global log, oldest first. Append-only, so an index into it stays valid. */
  get all(): readonly StoredEvent[] {
    return this.log;
  }

  /** Every stored event of a stream (hidden ones included); empty when it never existed. */
  rawStream(streamId: string): readonly StoredEvent[] {
    return this.streams.get(streamId)?.events ?? [];
  }

  /** What a stream read sees: absent, tombstoned, or the visible events. */
  readableStream(streamId: string): { state: 'absent' | 'tombstoned' | 'ok'; events: readonly StoredEvent[] } {
    const record = this.streams.get(streamId);
    if (!record) return { state: 'absent', events: [] };
    if (record.tombstoned) return { state: 'tombstoned', events: [] };
    const events = record.events.filter((event) => event.revision >= record.truncateBefore);
    return { state: events.length === 0 ? 'absent' : 'ok', events };
  }

  truncateBefore(streamId: string): bigint {
    return this.streams.get(streamId)?.truncateBefore ?? 0n;
  }

  findEvent(streamId: string, revision: bigint): StoredEvent | undefined {
    const events = this.streams.get(streamId)?.events ?? [];
    return revision < 0n || revision >= BigInt(events.length) ? undefined : events[Number(revision)];
  }

  /** Index in the global log of the first event strictly after a position. */
  indexAfter(position: bigint): number {
    let low = 0;
    let high = this.log.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.log[middle]?.position ?? 0n) <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Called after every write, synchronously. Returns the unsubscribe function. */
  onAppended(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  append(streamId: string, expected: ExpectedState, proposed: readonly ProposedEvent[]): WriteOutcome {
    const record = this.streams.get(streamId);
    if (record?.tombstoned) return { kind: 'stream_deleted' };
    const last = record && record.events.length > 0 ? BigInt(record.events.length - 1) : undefined;
    const exists = last !== undefined && !record?.softDeleted;

    const replay = this.idempotentReplay(record, expected, proposed);
    if (replay) return { kind: 'success', currentRevision: replay.revision, position: replay.position };

    const accepted =
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && !exists) ||
      (expected.kind === 'exists' && exists) ||
      (expected.kind === 'revision' && last !== undefined && expected.revision === last);
    if (!accepted) return { kind: 'wrong_expected_version', currentRevision: exists ? last : undefined, expected };
    if (proposed.length === 0) return { kind: 'success', currentRevision: exists ? last : undefined, position: undefined };

    const target = record ?? this.createStream(streamId);
    if (target.softDeleted) this.undelete(streamId, target);
    let stored: StoredEvent | undefined;
    for (const event of proposed) stored = this.store(target, streamId, BigInt(target.events.length), event);
    if (streamId.startsWith('$$')) for (const event of proposed) this.applyMetadata(streamId.slice(2), event);
    this.notify();
    return { kind: 'success', currentRevision: stored?.revision, position: stored?.position };
  }

  /** Soft delete: a `$metadata` event with `$tb` = long.MaxValue; appending again recreates the stream. */
  softDelete(streamId: string, expected: ExpectedState): WriteOutcome {
    const check = this.checkForDelete(streamId, expected);
    if (check) return check;
    const body = encoder.encode(`{"$tb":${SOFT_DELETED_TB}}`);
    return this.append(`$$${streamId}`, { kind: 'any' }, [metadataEvent(body)]);
  }

  /** Tombstone (hard delete): a `$streamDeleted` event; the stream can never be written again. */
  tombstone(streamId: string, expected: ExpectedState): WriteOutcome {
    const check = this.checkForDelete(streamId, expected);
    if (check) return check;
    const record = this.streams.get(streamId) ?? this.createStream(streamId);
    const stored = this.store(record, streamId, TOMBSTONE_REVISION, {
      eventId: randomUUID(),
      type: '$streamDeleted',
      contentType: 'application/octet-stream',
      data: new Uint8Array(),
      metadata: new Uint8Array(),
    });
    record.tombstoned = true;
    this.notify();
    return { kind: 'success', currentRevision: undefined, position: stored.position };
  }

  private checkForDelete(streamId: string, expected: ExpectedState): WriteOutcome | undefined {
    const record = this.streams.get(streamId);
    if (record?.tombstoned) return { kind: 'stream_deleted' };
    const last = record && record.events.length > 0 && !record.softDeleted ? BigInt(record.events.length - 1) : undefined;
    const accepted =
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && last === undefined) ||
      (expected.kind === 'exists' && last !== undefined) ||
      (expected.kind === 'revision' && expected.revision === last);
    return accepted ? undefined : { kind: 'wrong_expected_version', currentRevision: last, expected };
  }

  /**
   * EventStoreDB treats a retried write of the same event ids at the same place as a success
   * (idempotent append), returning the original result instead of writing twice.
   */
  private idempotentReplay(
    record: StreamRecord | undefined,
    expected: ExpectedState,
    proposed: readonly ProposedEvent[],
  ): StoredEvent | undefined {
    const first = proposed[0];
    if (!record || !first) return undefined;
    let start: number;
    if (expected.kind === 'revision') start = Number(expected.revision) + 1;
    else if (expected.kind === 'no_stream') start = 0;
    else start = record.events.findIndex((event) => event.eventId === first.eventId);
    if (start < 0 || start + proposed.length > record.events.length) return undefined;
    const matches = proposed.every((event, i) => record.events[start + i]?.eventId === event.eventId);
    return matches ? record.events[start + proposed.length - 1] : undefined;
  }

  private createStream(streamId: string): StreamRecord {
    const record: StreamRecord = { events: [], truncateBefore: 0n, softDeleted: false, tombstoned: false };
    this.streams.set(streamId, record);
    return record;
  }

  private store(record: StreamRecord, streamId: string, revision: bigint, event: ProposedEvent): StoredEvent {
    const stored: StoredEvent = {
      ...event,
      streamId,
      revision,
      position: this.nextPosition,
      createdTicks: BigInt(Date.now()) * 10_000n,
    };
    const size = 90 + streamId.length + event.type.length + event.data.length + event.metadata.length;
    this.nextPosition += BigInt(size);
    record.events.push(stored);
    this.log.push(stored);
    return stored;
  }

  /** Recreating a soft-deleted stream: the server rewrites `$tb` to hide the old events only. */
  private undelete(streamId: string, record: StreamRecord): void {
    const body = encoder.encode(`{"$tb":${record.events.length}}`);
    const meta = this.streams.get(`$$${streamId}`) ?? this.createStream(`$$${streamId}`);
    this.store(meta, `$$${streamId}`, BigInt(meta.events.length), metadataEvent(body));
    record.softDeleted = false;
    record.truncateBefore = BigInt(record.events.length);
  }

  /** Honours `$tb` (truncate before) in stream metadata; other metadata keys are not enforced. */
  private applyMetadata(streamId: string, event: ProposedEvent): void {
    if (event.type !== '$metadata') return;
    const match = /"\$tb"\s*:\s*(\d+)/.exec(decoder.decode(event.data));
    if (!match?.[1]) return;
    const tb = BigInt(match[1]);
    const record = this.streams.get(streamId) ?? this.createStream(streamId);
    record.softDeleted = tb === SOFT_DELETED_TB;
    record.truncateBefore = record.softDeleted ? BigInt(record.events.length) : tb;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function metadataEvent(body: Uint8Array): ProposedEvent {
  return { eventId: randomUUID(), type: '$metadata', contentType: 'application/json', data: body, metadata: new Uint8Array() };
}
