import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { WrongExpectedRevisionError } from '../../application/shared/event-store';
import { SqliteEventStore } from '../../infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { newEvent } from '../support/new-event';

describe('embedded SQLite store specifics', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-sqlite-'));
    file = join(dir, 'events.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('commits appends arriving together in one group, checks each on its own, and leaves no gaps', async () => {
    const store = new SqliteEventStore(file);
    await store.append('visit-shared', [newEvent('Opened')], 'no_stream');
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 200 }, (_, i) => store.append(`visit-${i}`, [newEvent('Opened'), newEvent('Noted')], 'no_stream')),
      store.append('visit-shared', [newEvent('Late')], 5),
      store.append('visit-shared', [newEvent('OnTime')], 0),
    ]);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    expect((outcomes[200] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    const all = await store.readAll();
    expect(all).toHaveLength(1 + 400 + 1);
    all.forEach((e, i) => expect(e.position.commit).toBe(BigInt(i + 1)));
    expect((await store.readStream('visit-shared')).map((e) => e.type)).toEqual(['Opened', 'OnTime']);
    await store.close();
  });

  it('keeps acknowledged events after the file is reopened, in WAL mode with full sync', async () => {
    const store = new SqliteEventStore(file);
    await store.append('visit-1', [newEvent('Opened')], 'no_stream');
    await store.close();
    const db = new DatabaseSync(file);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    const reopened = new SqliteEventStore(file);
    expect((await reopened.readStream('visit-1')).map((e) => e.type)).toEqual(['Opened']);
    await reopened.close();
  });

  it('refuses to change or delete a stored event', async () => {
    const store = new SqliteEventStore(file);
    await store.append('visit-1', [newEvent('Opened')], 'no_stream');
    await store.close();
    const db = new DatabaseSync(file);
    expect(() => db.exec("UPDATE events SET type = 'Forged'")).toThrow(/immutable/);
    expect(() => db.exec('DELETE FROM events')).toThrow(/immutable/);
    db.close();
  });
});
