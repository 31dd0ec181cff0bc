import { EventStoreUnavailableError } from '../../../application/shared/event-store';
import { ProjectionRunner } from '../../../application/shared/projections';
import { EsdbEventStore } from '../../../infrastructure/event-store/esdb/esdb-event-store.adapter';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { startEsdbEmulator } from '../../support/esdb-emulator';
import { controllableSubscriptions, counted, eventually, failingCommits, RecordingLogger, type Tally, tallyProjection } from './processor.fixture';

const fast = { backoff: { initialMs: 10, maxMs: 80 }, healthyAfterMs: 50 };

describe('projection runner: recovery', () => {
  it('resubscribes from its checkpoint after an EventStoreDB restart, and the read model catches up with no event applied twice', async () => {
    const first = await startEsdbEmulator();
    const events = EsdbEventStore.fromConnectionString(first.url);
    const readModels = new SqliteReadModelStore(':memory:');
    const logger = new RecordingLogger();
    const runner = new ProjectionRunner(events, readModels, [tallyProjection()], logger, fast);
    let second: Awaited<ReturnType<typeof startEsdbEmulator>> | undefined;
    try {
      await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
      runner.start();
      expect(await runner.waitFor((await events.headPosition())!, 5000)).toBe(true);

      await first.stop();
      await eventually(() => runner.statuses().every((s) => s.state === 'retrying'), 5000, 'every processor retrying');
      expect(runner.statuses()[0]).toMatchObject({ failing: 'subscription', failures: expect.any(Number) as number });
      await expect(events.append('g-1', [counted('a', 3)], 1)).rejects.toBeInstanceOf(EventStoreUnavailableError);

      second = await startEsdbEmulator({ port: first.port, log: first.log });
      let appended: Awaited<ReturnType<EsdbEventStore['append']>> | undefined;
      await eventually(
        async () => (appended = await events.append('g-1', [counted('a', 3)], 1).catch(() => undefined)) !== undefined,
        10_000,
        'the client to reach the restarted server',
      );
      expect(await runner.waitFor(appended!.position, 10_000)).toBe(true);
      expect(readModels.get<Tally>('tally', 'a')).toEqual({ count: 3, seen: ['1', '2', '3'] });
      await eventually(() => runner.statuses().every((s) => s.state === 'running' && s.failures === 0), 5000, 'recovery');
      expect(logger.lines.some((line) => line.message.startsWith('processor subscription failed'))).toBe(true);
    } finally {
      await runner.stop();
      await events.close();
      await second?.stop();
      await first.stop();
    }
  }, 30_000);

  it('retries a batch whose commit failed inside the transaction, and ends with every event applied exactly once', async () => {
    const events = new InMemoryEventStore();
    const store = failingCommits(new SqliteReadModelStore(':memory:'), 3);
    await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [tallyProjection()], new RecordingLogger(), fast);
    runner.start();
    await eventually(() => runner.statuses()[0]!.state === 'retrying', 2000, 'retrying');
    expect(runner.statuses()[0]).toMatchObject({ failing: 'commit', lastError: expect.stringContaining('disk I/O error') as string });
    // Rolled back: neither the documents nor the checkpoint of a failed commit are there.
    expect(store.get('tally', 'a')).toBeUndefined();
    const more = await events.append('g-1', [counted('a', 3)], 1);
    expect(await runner.waitFor(more.position, 5000)).toBe(true);
    expect(store.failed).toBe(3);
    expect(store.get<Tally>('tally', 'a')).toEqual({ count: 3, seen: ['1', '2', '3'] });
    expect(runner.statuses()[0]).toMatchObject({ state: 'running', failures: 0 });

    store.failNext(2);
    const last = await events.append('g-1', [counted('a', 4), counted('a', 5)], 2);
    expect(await runner.waitFor(last.position, 5000)).toBe(true);
    expect(store.get<Tally>('tally', 'a')?.seen).toEqual(['1', '2', '3', '4', '5']);
    await runner.stop();
  });

  it('reopens a failed subscription from the checkpoint with growing delays, and keeps what it had', async () => {
    const events = controllableSubscriptions(new InMemoryEventStore());
    const store = new SqliteReadModelStore(':memory:');
    const first = await events.append('g-1', [counted('a', 1)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [tallyProjection()], new RecordingLogger(), { backoff: { initialMs: 20, maxMs: 1000, jitter: 0 } });
    runner.start();
    expect(await runner.waitFor(first.position, 2000)).toBe(true);

    // Close the working subscription by making the next ones fail, then stop and restart to use them.
    await runner.stop();
    events.failSubscriptions(3);
    const started = Date.now();
    runner.start();
    const more = await events.append('g-1', [counted('a', 2)], 0);
    expect(await runner.waitFor(more.position, 5000)).toBe(true);
    // 20 + 40 + 80 ms of backoff before the fourth subscription worked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(events.subscribed.slice(-4).map((p) => p?.commit)).toEqual([first.position.commit, first.position.commit, first.position.commit, first.position.commit]);
    expect(store.get<Tally>('tally', 'a')).toEqual({ count: 2, seen: ['1', '2'] });
    await runner.stop();
  });

  it('treats a subscription that ends by itself, even one that throws when closed, as a failed one: retrying, then resubscribed', async () => {
    const events = controllableSubscriptions(new InMemoryEventStore());
    const store = new SqliteReadModelStore(':memory:');
    const logger = new RecordingLogger();
    events.endSubscriptions(3);
    const runner = new ProjectionRunner(events, store, [tallyProjection()], logger, { backoff: { initialMs: 40, maxMs: 1000, jitter: 0 }, healthyAfterMs: 50 });
    runner.start();
    await eventually(() => runner.statuses()[0]!.state === 'retrying', 2000, 'retrying');
    expect(runner.statuses()[0]).toMatchObject({ failing: 'subscription', lastError: 'Error: the subscription ended without being closed' });
    expect((await runner.health(undefined)).reasons).toMatchObject([{ code: 'PROCESSOR_RETRYING', processor: 'tally' }]);
    const appended = await events.append('g-1', [counted('a', 1)], 'no_stream');
    expect(await runner.waitFor(appended.position, 5000)).toBe(true);
    expect(events.subscribed).toHaveLength(4);
    await eventually(() => runner.statuses()[0]!.state === 'running', 2000, 'running again');
    expect(logger.lines.filter((line) => line.message.startsWith('processor subscription failed'))).toHaveLength(3);
    expect(logger.lines.some((line) => line.message === 'processor loop ended unexpectedly')).toBe(false);
    await runner.stop();
  });

  it('treats a subscribeToAll that throws at once as a failed subscription: retrying with the reason, then resubscribed with backoff', async () => {
    const events = controllableSubscriptions(new InMemoryEventStore());
    const store = new SqliteReadModelStore(':memory:');
    const first = await events.append('g-1', [counted('a', 1)], 'no_stream');
    events.throwOnSubscribe(2);
    const started = Date.now();
    const runner = new ProjectionRunner(events, store, [tallyProjection()], new RecordingLogger(), { backoff: { initialMs: 40, maxMs: 1000, jitter: 0 }, healthyAfterMs: 50 });
    runner.start();
    await eventually(() => runner.statuses()[0]!.state === 'retrying', 2000, 'retrying');
    expect(runner.statuses()[0]).toMatchObject({ failing: 'subscription', lastError: 'Error: the client is closed (injected)' });
    expect((await runner.health(first.position)).healthy).toBe(false);
    expect(await runner.waitFor(first.position, 5000)).toBe(true);
    // 40 + 80 ms of backoff before the third subscription worked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(events.subscribed).toHaveLength(3);
    expect(store.get<Tally>('tally', 'a')).toEqual({ count: 1, seen: ['1'] });
    await eventually(() => runner.statuses()[0]!.state === 'running', 2000, 'running again');
    await runner.stop();
  });
});

describe('projection runner: health', () => {
  it('reports stopped processors before start and after stop', async () => {
    const events = new InMemoryEventStore();
    const runner = new ProjectionRunner(events, new SqliteReadModelStore(':memory:'), [tallyProjection()], new RecordingLogger());
    expect((await runner.health(undefined)).reasons).toEqual([{ code: 'PROCESSOR_STOPPED', processor: 'tally', message: '処理「tally」は停止しています。' }]);
    runner.start();
    expect(await runner.health(undefined)).toMatchObject({ healthy: true, reasons: [] });
    await runner.stop();
    expect(await runner.health(undefined)).toMatchObject({ healthy: false, reasons: [{ code: 'PROCESSOR_STOPPED' }] });
  });

  it('is unhealthy while a processor retries, naming it and what failed; why is in its status, not in the public reason', async () => {
    const events = new InMemoryEventStore();
    const store = failingCommits(new SqliteReadModelStore(':memory:'), 1000);
    await events.append('g-1', [counted('a', 1)], 'no_stream');
    const runner = new ProjectionRunner(events, store, [tallyProjection()], new RecordingLogger(), fast);
    runner.start();
    await eventually(() => runner.statuses()[0]!.failures >= 2, 2000, 'two failures');
    const health = await runner.health(await events.headPosition());
    expect(health.healthy).toBe(false);
    expect(health.reasons[0]).toMatchObject({ code: 'PROCESSOR_RETRYING', processor: 'tally' });
    expect(health.reasons[0]!.message).toMatch(/^処理「tally」は読み取りモデルへの書き込みに失敗し、再試行しています（連続\d+回）。$/);
    expect(health.processors[0]!.lastError).toBe('Error: disk I/O error (injected)');
    expect(health.processors[0]).toMatchObject({ lagEvents: 1, lagBeyondLimit: false });
    store.failNext(0);
    await eventually(() => runner.statuses()[0]!.state === 'running', 2000, 'recovery');
    expect(await runner.health(await events.headPosition())).toMatchObject({ healthy: true, processors: [{ lagEvents: 0 }] });
    await runner.stop();
  });

  it('is unhealthy when a processor lags the head beyond the limit, and says by how much', async () => {
    const events = controllableSubscriptions(new InMemoryEventStore());
    const runner = new ProjectionRunner(events, new SqliteReadModelStore(':memory:'), [tallyProjection(), tallyProjection({ readModel: 'other' })], new RecordingLogger(), { lagLimit: 3 });
    events.stall = true;
    runner.start();
    await events.append('g-1', [counted('a', 1), counted('a', 2), counted('a', 3)], 'no_stream');
    const within = await runner.health(await events.headPosition());
    expect(within).toMatchObject({ healthy: true, lagLimit: 3, processors: [{ lagEvents: 3, lagBeyondLimit: false }, { lagEvents: 3 }] });
    await events.append('g-1', [counted('a', 4), counted('a', 5)], 2);
    const beyond = await runner.health(await events.headPosition());
    expect(beyond.healthy).toBe(false);
    expect(beyond.processors.map((p) => [p.name, p.state, p.lagEvents, p.lagBeyondLimit])).toEqual([
      ['tally', 'running', 4, true],
      ['other', 'running', 4, true],
    ]);
    expect(beyond.reasons).toEqual([
      { code: 'PROCESSOR_LAGGING', processor: 'tally', lagEvents: 4, message: '処理「tally」はイベントストアの最新から3件を超えて遅れています（上限3件）。' },
      { code: 'PROCESSOR_LAGGING', processor: 'other', lagEvents: 4, message: '処理「other」はイベントストアの最新から3件を超えて遅れています（上限3件）。' },
    ]);
    await runner.stop();
  });
});
