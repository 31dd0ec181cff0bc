import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../../../application/shared/event-store';
import { LiveNotifier } from '../shared/live-notifier';
import { createPollingAllSubscription } from '../shared/polling-all-subscription';
import { type EventRow, toRecordedEvent } from './sqlite-event-row.mapper';
import { SqliteGroupCommitWriter } from './sqlite-group-commit.writer';
import { prepareEventStoreSchema } from './sqlite-event-store.schema';

/**
 * The embedded event store: one SQLite file (WAL, synchronous=FULL) through node:sqlite.
 * Appends are acknowledged after a durable commit; concurrent appends share a transaction (group commit).
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  private readonly db: DatabaseSync;
  private readonly notifier = new LiveNotifier();
  private readonly writer: SqliteGroupCommitWriter;
  private readonly statements: Record<'forwards' | 'backwards' | 'after' | 'head', StatementSync>;

  /** `file` is a path, or ':memory:' for a throwaway store. */
  constructor(readonly file: string) {
    this.db = new DatabaseSync(file);
    prepareEventStoreSchema(this.db);
    this.writer = new SqliteGroupCommitWriter(this.db, () => this.notifier.notify());
    this.statements = {
      forwards: this.db.prepare(
        'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      backwards: this.db.prepare(
        'SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
      after: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
      head: this.db.prepare('SELECT MAX(position) AS position FROM events'),
    };
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.writer.append(streamId, events, expected);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? -1;
    const from = options.fromRevision;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamId, from === undefined || from === 'end' ? Number.MAX_SAFE_INTEGER : from === 'start' ? 0 : from, limit)
        : this.statements.forwards.all(streamId, from === undefined || from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from, limit);
    return (rows as unknown as EventRow[]).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAfter(options.after, options.maxCount ?? -1);
  }

  async headPosition(): Promise<Position | undefined> {
    const row = this.statements.head.get() as { position: number | null } | undefined;
    if (row?.position == null) return undefined;
    const position = BigInt(row.position);
    return { commit: position, prepare: position };
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return createPollingAllSubscription((after, max) => this.readAfter(after, max), this.notifier, options.after);
  }

  async close(): Promise<void> {
    this.notifier.notify();
    if (this.db.isOpen) this.db.close();
  }

  private async readAfter(after: Position | undefined, maxCount: number): Promise<RecordedEvent[]> {
    const from = after === undefined || after.commit < 0n ? 0 : Number(after.commit);
    return (this.statements.after.all(from, maxCount) as unknown as EventRow[]).map(toRecordedEvent);
  }
}
