import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '../../../application/shared/event-store';
import { type DocumentProjection, ProjectionRunner, type ReadModelChange } from '../../../application/shared/projections';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { SilentLogger } from '../../../infrastructure/shared/silent-logger';

interface Tally {
  count: number;
  seen: string[];
}

const tallyProjection = (version = 1): DocumentProjection<Tally> => ({
  readModel: 'tally',
  version,
  eventTypes: ['Counted'],
  keysOf: (event) => [String(event.data['group'])],
  evolve: (doc, event) => ({ count: (doc?.count ?? 0) + 1, seen: [...(doc?.seen ?? []), String(event.data['n'])] }),
});

const counted = (group: string, n: number): NewEvent => ({
  type: 'Counted',
  data: { group, n },
  metadata: { eventId: `e${n}`, occurredAt: '2026-11-24T00:00:00.000Z', actor: 't', correlationId: 'c', causationId: null, schemaVersion: 1 },
});

describe('projection runner', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-rm-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies past and live events, announces changed documents, and lets a caller wait for a position', async () => {
    const events = new InMemoryEventStore();
    const readModels = new SqliteReadModelStore(':memory:');
    const changes: ReadModelChange[] = [];
    await events.append('g-1', [counted('a', 1), counted('b', 2)], 'no_stream');
    const runner = new ProjectionRunner(events, readModels, [tallyProjection()], new SilentLogger(), { onChanges: (c) => changes.push(...c) });
    runner.start();
    const live = await events.append('g-1', [counted('a', 3)], 1);
    expect(await runner.waitFor(live.position, 2000)).toBe(true);
    expect(readModels.get<Tally>('tally', 'a')).toEqual({ count: 2, seen: ['1', '3'] });
    expect(readModels.get<Tally>('tally', 'b')).toEqual({ count: 1, seen: ['2'] });
    expect(new Set(changes.map((c) => `${c.readModel}/${c.key}`))).toEqual(new Set(['tally/a', 'tally/b']));
    await runner.stop();
  });

  it('resumes from its checkpoint after a restart without applying any event twice', async () => {
    const events = new InMemoryEventStore();
    const file = join(dir, 'rm.sqlite');
    await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    const first = new ProjectionRunner(events, new SqliteReadModelStore(file), [tallyProjection()], new SilentLogger());
    first.start();
    await first.waitFor((await events.headPosition())!, 2000);
    await first.stop();

    const more = await events.append('g-1', [counted('a', 3)], 1);
    const reopened = new SqliteReadModelStore(file);
    const second = new ProjectionRunner(events, reopened, [tallyProjection()], new SilentLogger());
    second.start();
    await second.waitFor(more.position, 2000);
    expect(reopened.get<Tally>('tally', 'a')).toEqual({ count: 3, seen: ['1', '2', '3'] });
    await second.stop();
  });

  it('rebuilds a projection from the first event when its version changes', async () => {
    const events = new InMemoryEventStore();
    const file = join(dir, 'rm.sqlite');
    const last = await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    const v1 = new ProjectionRunner(events, new SqliteReadModelStore(file), [tallyProjection(1)], new SilentLogger());
    v1.start();
    await v1.waitFor(last.position, 2000);
    await v1.stop();

    const store = new SqliteReadModelStore(file);
    const v2 = new ProjectionRunner(events, store, [tallyProjection(2)], new SilentLogger());
    expect(store.get('tally', 'a')).toBeUndefined();
    v2.start();
    await v2.waitFor(last.position, 2000);
    expect(store.get<Tally>('tally', 'a')?.count).toBe(2);
    await v2.stop();
  });

  it('keeps going past an event a projection throws on, holding back only the later events of its stream', async () => {
    const events = new InMemoryEventStore();
    const fragile: DocumentProjection<Tally> = {
      ...tallyProjection(),
      evolve: (doc, event) => {
        if (event.data['n'] === 2) throw new Error('bad event');
        return { count: (doc?.count ?? 0) + 1, seen: [...(doc?.seen ?? []), String(event.data['n'])] };
      },
    };
    const store = new SqliteReadModelStore(':memory:');
    await events.append('g-1', [counted('a', 1), counted('a', 2), counted('a', 3)], 'no_stream');
    const last = await events.append('g-2', [counted('a', 4)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [fragile], new SilentLogger());
    runner.start();
    await runner.waitFor(last.position, 2000);
    expect(store.get<Tally>('tally', 'a')?.seen).toEqual(['1', '4']);
    expect(store.openDeadLettersOf('tally').map((d) => [d.streamId, d.revision])).toEqual([['g-1', 1], ['g-1', 2]]);
    await runner.stop();
  });
});

describe('projection runner against a replaced event store', () => {
  it('drops read models whose checkpoint lies beyond the new store\'s head, and rebuilds them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-rm-'));
    const file = join(dir, 'rm.sqlite');
    const old = new InMemoryEventStore();
    const last = await old.append('g-1', [counted('a', 1), counted('a', 2), counted('a', 3)], 'no_stream');
    const first = new ProjectionRunner(old, new SqliteReadModelStore(file), [tallyProjection()], new SilentLogger());
    first.start();
    await first.waitFor(last.position, 2000);
    await first.stop();

    const replaced = new InMemoryEventStore();
    const head = await replaced.append('g-9', [counted('z', 9)], 'no_stream');
    const store = new SqliteReadModelStore(file);
    const runner = new ProjectionRunner(replaced, store, [tallyProjection()], new SilentLogger());
    expect(runner.reconcileWith(await replaced.headPosition())).toEqual(['tally']);
    runner.start();
    await runner.waitFor(head.position, 2000);
    expect(store.get('tally', 'a')).toBeUndefined();
    expect(store.get<Tally>('tally', 'z')?.count).toBe(1);
    await runner.stop();
    rmSync(dir, { recursive: true, force: true });
  });
});
