import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { backupSqliteEventStore, verifySqliteEventStore } from '../../../infrastructure/event-store/sqlite/sqlite-backup';
import { SqliteEventStore } from '../../../infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { newEvent } from '../../support/new-event';

describe('backup of the embedded event store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies every event while the store stays open, and the copy restores as a working store', async () => {
    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    for (let i = 0; i < 20; i++) await store.append(`visit-${i}`, [newEvent('VisitOpened', { i }), newEvent('LifeEventsChosen')], 'no_stream');
    const report = backupSqliteEventStore(join(dir, 'events.sqlite'), join(dir, 'copy.sqlite'));
    expect(report).toMatchObject({ events: 40, lastPosition: 40, streams: 20 });
    await store.append('visit-after', [newEvent('VisitOpened')], 'no_stream');
    await store.close();

    const restored = new SqliteEventStore(join(dir, 'copy.sqlite'));
    expect((await restored.readStream('visit-7')).map((e) => e.type)).toEqual(['VisitOpened', 'LifeEventsChosen']);
    expect(await restored.readStream('visit-after')).toEqual([]);
    await restored.append('visit-7', [newEvent('VisitClosed')], 1);
    await restored.close();
  });

  it('refuses a damaged copy (a missing event) with a Japanese reason', async () => {
    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    await store.append('visit-1', [newEvent('A'), newEvent('B'), newEvent('C')], 'no_stream');
    await store.close();
    backupSqliteEventStore(join(dir, 'events.sqlite'), join(dir, 'copy.sqlite'));
    const db = new DatabaseSync(join(dir, 'copy.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable_delete; DELETE FROM events WHERE position = 2;');
    db.close();
    expect(() => verifySqliteEventStore(join(dir, 'copy.sqlite'))).toThrow(/欠番/);
  });

  it('never overwrites an existing file', async () => {
    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    await store.append('visit-1', [newEvent('A')], 'no_stream');
    await store.close();
    backupSqliteEventStore(join(dir, 'events.sqlite'), join(dir, 'copy.sqlite'));
    expect(() => backupSqliteEventStore(join(dir, 'events.sqlite'), join(dir, 'copy.sqlite'))).toThrow(/すでにあります/);
  });
});
