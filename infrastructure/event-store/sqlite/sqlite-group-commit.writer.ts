import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  WrongExpectedRevisionError,
} from '../../../application/shared/event-store';
import { satisfiesExpectedRevision } from '../shared/expected-revision.check';

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * Group commit: appends that arrive while a transaction is being written wait in a queue and are
 * written together in the next transaction (one fsync for all), each still checked on its own against
 * its stream's revision. An append resolves only after COMMIT returned, i.e. after the fsync.
 */
export class SqliteGroupCommitWriter {
  private queue: PendingAppend[] = [];
  private scheduled = false;
  private readonly currentRevision: StatementSync;
  private readonly insert: StatementSync;

  constructor(
    private readonly db: DatabaseSync,
    private readonly afterCommit: () => void,
    private readonly maxBatch = 1000,
  ) {
    this.currentRevision = db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?');
    this.insert = db.prepare(
      'INSERT INTO events (stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?) RETURNING position',
    );
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) return Promise.reject(new RangeError('append needs at least one event'));
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expected, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: true; result: AppendResult } | { ok: false; error: unknown }> = [];
    const revisions = new Map<string, number | undefined>();
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const pending of batch) outcomes.push(this.writeOne(pending, revisions));
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.afterCommit();
    batch.forEach((pending, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    });
  }

  private writeOne(
    pending: PendingAppend,
    revisions: Map<string, number | undefined>,
  ): { ok: true; result: AppendResult } | { ok: false; error: unknown } {
    const current = revisions.has(pending.streamId) ? revisions.get(pending.streamId) : this.readRevision(pending.streamId);
    if (!satisfiesExpectedRevision(pending.expected, current)) {
      revisions.set(pending.streamId, current);
      return { ok: false, error: new WrongExpectedRevisionError(pending.streamId, pending.expected, current ?? 'no_stream') };
    }
    let revision = current ?? -1;
    let position = 0n;
    for (const event of pending.events) {
      revision += 1;
      const row = this.insert.get(
        pending.streamId,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      ) as { position: number };
      position = BigInt(row.position);
    }
    revisions.set(pending.streamId, revision);
    return { ok: true, result: { nextRevision: revision, position: { commit: position, prepare: position } } };
  }

  private readRevision(streamId: string): number | undefined {
    const row = this.currentRevision.get(streamId) as { revision: number | null } | undefined;
    return row?.revision ?? undefined;
  }
}
