import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  decodePosition,
  encodePosition,
} from '../../application/shared/event-store';
import type {
  DocumentChange,
  ProjectionCheckpoint,
  ReadModelStore,
} from '../../application/shared/projections';

/**
 * Read-model documents in SQLite (node:sqlite), one database per app instance. A commit writes the
 * changed documents and the new checkpoints in one transaction.
 */
export class SqliteReadModelStore implements ReadModelStore {
  private readonly db: DatabaseSync;
  private readonly sql: Record<'getCheckpoint' | 'putCheckpoint' | 'get' | 'list' | 'put' | 'delete' | 'clear', StatementSync>;

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
    });
  }

  commit(changes: readonly DocumentChange[], checkpoints: readonly ProjectionCheckpoint[]): void {
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
    });
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
