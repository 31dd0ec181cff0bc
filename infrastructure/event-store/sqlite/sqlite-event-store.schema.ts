import type { DatabaseSync } from 'node:sqlite';

/**
 * One table for every event. The global position is SQLite's INTEGER PRIMARY KEY: rows are never
 * deleted or updated, so positions grow by one without gaps; (stream_id, revision) is unique.
 */
export function prepareEventStoreSchema(db: DatabaseSync): void {
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA busy_timeout = 5000;
    CREATE TABLE IF NOT EXISTS events (
      position   INTEGER PRIMARY KEY,
      stream_id  TEXT    NOT NULL,
      revision   INTEGER NOT NULL,
      type       TEXT    NOT NULL,
      data       TEXT    NOT NULL,
      metadata   TEXT    NOT NULL,
      UNIQUE (stream_id, revision)
    ) STRICT;
    CREATE TRIGGER IF NOT EXISTS events_are_immutable_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
    CREATE TRIGGER IF NOT EXISTS events_are_immutable_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
  `);
}
