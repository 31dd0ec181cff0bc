import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  decodePosition,
  encodePosition,
} from '../../application/shared/event-store';
import type { DeadLetter, DeadLetterQuery, DeadLetterWrites } from '../../application/shared/processing';
import type {
  DocumentChange,
  ProjectionCheckpoint,
  ReadModelStore,
} from '../../application/shared/projections';

type Statement =
  | 'getCheckpoint' | 'putCheckpoint' | 'get' | 'list' | 'put' | 'delete' | 'clear'
  | 'failEvent' | 'resolveDeadLetter' | 'resolveForRebuild' | 'deadLetter' | 'deadLetters' | 'openDeadLettersOf' | 'openDeadLetters';

interface DeadLetterRow {
  id: number;
  processor: string;
  position: string;
  stream_id: string;
  revision: number;
  event_type: string;
  event_id: string;
  error: string;
  attempts: number;
  first_failed_at: string;
  last_failed_at: string;
  resolution: 'replayed' | 'rebuilt' | null;
  resolved_at: string | null;
  resolved_by: string | null;
}

/**
 * Read-model documents in SQLite (node:sqlite), one database per app instance. A commit writes the
 * changed documents, the new checkpoints and the dead letters in one transaction.
 */
export class SqliteReadModelStore implements ReadModelStore {
  private readonly db: DatabaseSync;
  private readonly sql: Record<Statement, StatementSync>;

  /** `file` is a path, or ':memory:'. */
  constructor(file: string) {
    this.db = new DatabaseSync(file);
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS read_model_documents (
        read_model TEXT NOT NULL,
        key        TEXT NOT NULL,
        doc        TEXT NOT NULL,
        PRIMARY KEY (read_model, key)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS read_model_checkpoints (
        read_model TEXT PRIMARY KEY,
        version    INTEGER NOT NULL,
        position   TEXT
      );
      CREATE TABLE IF NOT EXISTS processor_dead_letters (
        id              INTEGER PRIMARY KEY,
        processor       TEXT NOT NULL,
        position        TEXT NOT NULL,
        stream_id       TEXT NOT NULL,
        revision        INTEGER NOT NULL,
        event_type      TEXT NOT NULL,
        event_id        TEXT NOT NULL,
        error           TEXT NOT NULL,
        attempts        INTEGER NOT NULL,
        first_failed_at TEXT NOT NULL,
        last_failed_at  TEXT NOT NULL,
        resolution      TEXT,
        resolved_at     TEXT,
        resolved_by     TEXT,
        UNIQUE (processor, position)
      );
      CREATE INDEX IF NOT EXISTS processor_dead_letters_open
        ON processor_dead_letters (processor, stream_id, revision) WHERE resolution IS NULL;
    `);
    this.sql = {
      getCheckpoint: this.db.prepare('SELECT version, position FROM read_model_checkpoints WHERE read_model = ?'),
      putCheckpoint: this.db.prepare(
        'INSERT INTO read_model_checkpoints (read_model, version, position) VALUES (?, ?, ?) ' +
          'ON CONFLICT (read_model) DO UPDATE SET version = excluded.version, position = excluded.position',
      ),
      get: this.db.prepare('SELECT doc FROM read_model_documents WHERE read_model = ? AND key = ?'),
      list: this.db.prepare('SELECT doc FROM read_model_documents WHERE read_model = ? ORDER BY key'),
      put: this.db.prepare(
        'INSERT INTO read_model_documents (read_model, key, doc) VALUES (?, ?, ?) ' +
          'ON CONFLICT (read_model, key) DO UPDATE SET doc = excluded.doc',
      ),
      delete: this.db.prepare('DELETE FROM read_model_documents WHERE read_model = ? AND key = ?'),
      clear: this.db.prepare('DELETE FROM read_model_documents WHERE read_model = ?'),
      failEvent: this.db.prepare(
        'INSERT INTO processor_dead_letters (processor, position, stream_id, revision, event_type, event_id, error, attempts, first_failed_at, last_failed_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) ' +
          'ON CONFLICT (processor, position) DO UPDATE SET stream_id = excluded.stream_id, revision = excluded.revision, event_type = excluded.event_type, event_id = excluded.event_id, error = excluded.error, attempts = attempts + 1, ' +
          'last_failed_at = excluded.last_failed_at, resolution = NULL, resolved_at = NULL, resolved_by = NULL',
      ),
      resolveDeadLetter: this.db.prepare(
        'UPDATE processor_dead_letters SET resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ? AND resolution IS NULL',
      ),
      resolveForRebuild: this.db.prepare(
        "UPDATE processor_dead_letters SET resolution = 'rebuilt', resolved_at = ?, resolved_by = NULL WHERE processor = ? AND resolution IS NULL",
      ),
      deadLetter: this.db.prepare('SELECT * FROM processor_dead_letters WHERE id = ?'),
      deadLetters: this.db.prepare(
        'SELECT * FROM processor_dead_letters WHERE (?1 IS NULL OR processor = ?1) ' +
          "AND (?2 = 'all' OR (?2 = 'open' AND resolution IS NULL) OR (?2 = 'resolved' AND resolution IS NOT NULL)) " +
          'ORDER BY last_failed_at DESC, id DESC LIMIT ?3',
      ),
      openDeadLettersOf: this.db.prepare(
        'SELECT * FROM processor_dead_letters WHERE processor = ?1 AND (?2 IS NULL OR stream_id = ?2) AND resolution IS NULL ' +
          'ORDER BY stream_id, revision',
      ),
      openDeadLetters: this.db.prepare('SELECT COUNT(*) AS count FROM processor_dead_letters WHERE resolution IS NULL'),
    };
  }

  checkpoint(readModel: string): ProjectionCheckpoint | undefined {
    const row = this.sql.getCheckpoint.get(readModel) as { version: number; position: string | null } | undefined;
    if (!row) return undefined;
    return { readModel, version: row.version, position: row.position ? decodePosition(row.position) : undefined };
  }

  reset(readModel: string, version: number): void {
    this.transaction(() => {
      this.sql.clear.run(readModel);
      this.sql.putCheckpoint.run(readModel, version, null);
      this.sql.resolveForRebuild.run(new Date().toISOString(), readModel);
    });
  }

  commit(changes: readonly DocumentChange[], checkpoints: readonly ProjectionCheckpoint[], deadLetters: DeadLetterWrites = {}): void {
    this.transaction(() => {
      for (const change of changes) {
        if (change.doc === undefined) this.sql.delete.run(change.readModel, change.key);
        else this.sql.put.run(change.readModel, change.key, JSON.stringify(change.doc));
      }
      for (const checkpoint of checkpoints) {
        this.sql.putCheckpoint.run(
          checkpoint.readModel,
          checkpoint.version,
          checkpoint.position ? encodePosition(checkpoint.position) : null,
        );
      }
      for (const failure of deadLetters.failures ?? []) {
        this.sql.failEvent.run(
          failure.processor,
          encodePosition(failure.position),
          failure.streamId,
          failure.revision,
          failure.eventType,
          failure.eventId,
          failure.error,
          failure.failedAt,
          failure.failedAt,
        );
      }
      for (const { id, resolution } of deadLetters.resolved ?? []) {
        this.sql.resolveDeadLetter.run(resolution.kind, resolution.at, resolution.by, id);
      }
    });
  }

  deadLetters(query: DeadLetterQuery = {}): DeadLetter[] {
    const rows = this.sql.deadLetters.all(query.processor ?? null, query.state ?? 'all', query.limit ?? 500) as unknown as DeadLetterRow[];
    return rows.map(toDeadLetter);
  }

  deadLetter(id: number): DeadLetter | undefined {
    const row = this.sql.deadLetter.get(id) as DeadLetterRow | undefined;
    return row ? toDeadLetter(row) : undefined;
  }

  openDeadLettersOf(processor: string, streamId?: string): DeadLetter[] {
    return (this.sql.openDeadLettersOf.all(processor, streamId ?? null) as unknown as DeadLetterRow[]).map(toDeadLetter);
  }

  openDeadLetterCount(): number {
    return Number((this.sql.openDeadLetters.get() as { count: number }).count);
  }

  get<D>(readModel: string, key: string): D | undefined {
    const row = this.sql.get.get(readModel, key) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as D) : undefined;
  }

  list<D>(readModel: string): D[] {
    return (this.sql.list.all(readModel) as Array<{ doc: string }>).map((row) => JSON.parse(row.doc) as D);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return {
    id: row.id,
    processor: row.processor,
    position: decodePosition(row.position)!,
    streamId: row.stream_id,
    revision: row.revision,
    eventType: row.event_type,
    eventId: row.event_id,
    error: row.error,
    attempts: row.attempts,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    resolution: row.resolution && row.resolved_at ? { kind: row.resolution, at: row.resolved_at, by: row.resolved_by } : undefined,
  };
}
