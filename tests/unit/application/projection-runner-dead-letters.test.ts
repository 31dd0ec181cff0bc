import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePosition, EventStoreUnavailableError } from '../../../application/shared/event-store';
import type { EventProcessor } from '../../../application/shared/processing';
import { ProjectionRunner, type ReadModelChange } from '../../../application/shared/projections';
import { DomainError } from '../../../domain/shared';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { counted, failingCommits, RecordingLogger, type Tally, tallyProjection } from './processor.fixture';

const clock = { now: () => '2026-12-01T09:00:00.000Z' };
const fast = { backoff: { initialMs: 5, maxMs: 20 }, clock };

describe('projection runner: dead letters', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-dl-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records an event the projection throws on, with what names it and why, never its data, and goes on past it', async () => {
    const events = new InMemoryEventStore();
    const store = new SqliteReadModelStore(':memory:');
    const logger = new RecordingLogger();
    const broken = { ...tallyProjection({ failOn: (n) => n === 2 }) };
    await events.append('g-1', [counted('a', 1), counted('a', 2, { name: '花巻 太郎' })], 'no_stream');
    const last = await events.append('g-2', [counted('a', 3)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [broken], logger, fast);
    runner.start();
    expect(await runner.waitFor(last.position, 2000)).toBe(true);

    expect(store.get<Tally>('tally', 'a')?.seen).toEqual(['1', '3']);
    const { open, deadLetters } = runner.listDeadLetters();
    expect(open).toBe(1);
    const [second] = await events.readStream('g-1', { fromRevision: 1, maxCount: 1 });
    expect(deadLetters).toEqual([
      {
        id: expect.any(Number) as number,
        processor: 'tally',
        position: second!.position,
        streamId: 'g-1',
        revision: 1,
        eventType: 'Counted',
        eventId: 'e-a-2',
        error: 'Error: cannot count 2',
        attempts: 1,
        firstFailedAt: clock.now(),
        lastFailedAt: clock.now(),
        resolution: undefined,
      },
    ]);
    const text = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    expect(text(deadLetters)).not.toContain('花巻');
    expect(text(logger.lines)).not.toContain('花巻');
    expect(logger.lines.filter((line) => line.message.includes('dead-lettered'))).toHaveLength(1);
    expect((await runner.health(last.position)).openDeadLetters).toBe(1);
    expect((await runner.health(last.position)).healthy).toBe(true);
    await runner.stop();
  });

  it('replays a dead letter through its processor once it is fixed: applied, resolved, announced, and not again', async () => {
    const events = new InMemoryEventStore();
    const file = join(dir, 'rm.sqlite');
    let broken = true;
    const projection = tallyProjection({ failOn: (n) => broken && n === 2 });
    const changes: ReadModelChange[] = [];
    await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    const last = await events.append('g-2', [counted('b', 3)], 'no_stream');
    const runner = new ProjectionRunner(events, new SqliteReadModelStore(file), [projection], new RecordingLogger(), { ...fast, onChanges: (c) => changes.push(...c) });
    runner.start();
    await runner.waitFor(last.position, 2000);
    const [letter] = runner.listDeadLetters({ state: 'open' }).deadLetters;

    const stillBroken = await runner.replayDeadLetter(letter!.id, 'staff-admin').catch((error: unknown) => error);
    expect(stillBroken).toBeInstanceOf(DomainError);
    expect(stillBroken).toMatchObject({ code: 'PROCESSING.REPLAY_FAILED', kind: 'invalid' });
    expect((stillBroken as Error).message).toBe('処理「tally」はこのイベントをまだ処理できません（Error: cannot count 2）。処理を修正してから、もう一度再適用してください。');
    expect(runner.listDeadLetters().deadLetters[0]).toMatchObject({ attempts: 2, resolution: undefined });

    broken = false;
    changes.length = 0;
    const resolved = await runner.replayDeadLetter(letter!.id, 'staff-admin');
    expect(resolved).toMatchObject({ attempts: 2, resolution: { kind: 'replayed', at: clock.now(), by: 'staff-admin' } });
    expect(runner.listDeadLetters()).toMatchObject({ open: 0, deadLetters: [{ id: letter!.id }] });
    expect(new SqliteReadModelStore(file).get<Tally>('tally', 'a')).toEqual({ count: 2, seen: ['1', '2'] });
    expect(changes).toEqual([{ readModel: 'tally', key: 'a', position: last.position }]);

    await expect(runner.replayDeadLetter(letter!.id, 'staff-admin')).rejects.toMatchObject({ code: 'PROCESSING.DEAD_LETTER_RESOLVED' });
    await expect(runner.replayDeadLetter(9999, 'staff-admin')).rejects.toMatchObject({ code: 'PROCESSING.DEAD_LETTER_NOT_FOUND', kind: 'not_found' });
    expect(new SqliteReadModelStore(file).get<Tally>('tally', 'a')?.seen).toEqual(['1', '2']);
    await runner.stop();
  });

  it('replays two requests for the same dead letter one after the other, so the event is applied once, in its stream\'s order', async () => {
    const events = new InMemoryEventStore();
    const store = new SqliteReadModelStore(':memory:');
    let broken = true;
    const last = await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [tallyProjection({ failOn: (n) => broken && n === 1 })], new RecordingLogger(), fast);
    runner.start();
    await runner.waitFor(last.position, 2000);
    broken = false;
    const id = runner.listDeadLetters().deadLetters.find((d) => d.eventId === 'e-a-1')!.id;
    const outcomes = await Promise.allSettled([runner.replayDeadLetter(id, 'a'), runner.replayDeadLetter(id, 'b')]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(store.get<Tally>('tally', 'a')?.seen).toEqual(['1', '2']);
    expect(runner.listDeadLetters().open).toBe(0);
    await runner.stop();
  });

  it('records a dead letter once when the batch that holds it has to be committed again', async () => {
    const events = new InMemoryEventStore();
    const store = failingCommits(new SqliteReadModelStore(':memory:'), 2);
    await events.append('g-1', [counted('a', 1)], 'no_stream');
    const last = await events.append('g-2', [counted('a', 2)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [tallyProjection({ failOn: (n) => n === 1 })], new RecordingLogger(), fast);
    runner.start();
    expect(await runner.waitFor(last.position, 2000)).toBe(true);
    expect(store.failed).toBe(2);
    expect(runner.listDeadLetters().deadLetters.map((d) => [d.eventId, d.attempts])).toEqual([['e-a-1', 1]]);
    expect(store.get<Tally>('tally', 'a')?.seen).toEqual(['2']);
    await runner.stop();
  });

  it('resolves a processor\'s open dead letters when its new version rebuilds it, and records again what still fails', async () => {
    const events = new InMemoryEventStore();
    const file = join(dir, 'rm.sqlite');
    const last = await events.append('g-1', [counted('a', 1), counted('a', 2), counted('a', 3)], 'no_stream');
    const v1 = new ProjectionRunner(events, new SqliteReadModelStore(file), [tallyProjection({ failOn: (n) => n >= 2 })], new RecordingLogger(), fast);
    v1.start();
    await v1.waitFor(last.position, 2000);
    await v1.stop();
    expect(v1.listDeadLetters().open).toBe(2);

    const store = new SqliteReadModelStore(file);
    const v2 = new ProjectionRunner(events, store, [tallyProjection({ version: 2, failOn: (n) => n === 3 })], new RecordingLogger(), fast);
    v2.start();
    await v2.waitFor(last.position, 2000);
    const letters = v2.listDeadLetters();
    expect(letters.open).toBe(1);
    expect(letters.deadLetters.map((d) => [d.eventId, d.resolution?.kind ?? 'open', d.attempts]).sort()).toEqual([
      ['e-a-2', 'rebuilt', 1],
      ['e-a-3', 'open', 2],
    ]);
    expect(store.get<Tally>('tally', 'a')?.seen).toEqual(['1', '2']);
    await v2.stop();
  });

  it('keeps a key-less event a projection cannot key as a dead letter too', async () => {
    const events = new InMemoryEventStore();
    const store = new SqliteReadModelStore(':memory:');
    const projection = { ...tallyProjection(), keysOf: () => { throw new TypeError('no group'); } };
    const last = await events.append('g-1', [counted('a', 1)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [projection], new RecordingLogger(), fast);
    runner.start();
    await runner.waitFor(last.position, 2000);
    expect(runner.listDeadLetters().deadLetters.map((d) => d.error)).toEqual(['TypeError: no group']);
    expect(encodePosition(runner.position!)).toBe(encodePosition(last.position));
    await runner.stop();
  });
});

describe('projection runner: reactions', () => {
  it('runs a reaction as its own processor with its own checkpoint, retrying its batch while the event store is away', async () => {
    const events = new InMemoryEventStore();
    const store = new SqliteReadModelStore(':memory:');
    let away = 2;
    const notified: number[] = [];
    const reaction: EventProcessor = {
      name: 'notify-counter',
      kind: 'reaction',
      version: 1,
      eventTypes: ['Counted'],
      handle: async (event, documents) => {
        if (away > 0) {
          away -= 1;
          throw new EventStoreUnavailableError('イベントストアに接続できません（テスト）');
        }
        const n = Number(event.data['n']);
        if (documents.get(String(n))) return; // already done: a retried batch does nothing twice
        notified.push(n);
        documents.put(String(n), { done: true });
      },
    };
    const last = await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [tallyProjection()], new RecordingLogger(), { ...fast, reactions: [reaction] });
    runner.start();
    expect(await runner.waitFor(last.position, 2000)).toBe(true);
    expect(notified).toEqual([1, 2]);
    expect(runner.statuses().map((s) => [s.name, s.kind, s.state])).toEqual([
      ['tally', 'projection', 'running'],
      ['notify-counter', 'reaction', 'running'],
    ]);
    expect(store.checkpoint('notify-counter')?.position).toEqual(last.position);
    expect(store.checkpoint('tally')?.position).toEqual(last.position);
    expect(runner.listDeadLetters().open).toBe(0);
    await runner.stop();
  });

  it('refuses two processors with one name', () => {
    const store = new SqliteReadModelStore(':memory:');
    expect(() => new ProjectionRunner(new InMemoryEventStore(), store, [tallyProjection(), tallyProjection()], new RecordingLogger())).toThrow('two processors are named tally');
  });
});
