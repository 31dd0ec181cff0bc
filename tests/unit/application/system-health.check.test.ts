import type { EventStore, ReadAllOptions } from '../../../application/shared/event-store';
import { ProjectionRunner } from '../../../application/shared/projections';
import { SystemHealthCheck } from '../../../application/shared/system-health.check';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { controllableSubscriptions, counted, RecordingLogger, tallyProjection } from './processor.fixture';

/** Counts what a health check asks of the event store. */
function countingReads(events: EventStore): { store: EventStore; heads: () => number; reads: () => number } {
  let heads = 0;
  let reads = 0;
  const store: EventStore = {
    kind: events.kind,
    append: events.append.bind(events),
    readStream: events.readStream.bind(events),
    subscribeToAll: events.subscribeToAll.bind(events),
    close: events.close.bind(events),
    headPosition: () => {
      heads += 1;
      return events.headPosition();
    },
    readAll: (options?: ReadAllOptions) => {
      reads += 1;
      return events.readAll(options);
    },
  };
  return { store, heads: () => heads, reads: () => reads };
}

describe('system health check', () => {
  async function lagging() {
    const events = controllableSubscriptions(new InMemoryEventStore());
    events.stall = true;
    const counting = countingReads(events);
    const readModels = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(counting.store, readModels, [tallyProjection(), tallyProjection({ readModel: 'other' })], new RecordingLogger(), { lagLimit: 1000 });
    runner.start();
    await events.append('g-1', [counted('a', 1), counted('a', 2)], 'no_stream');
    let now = 0;
    const check = new SystemHealthCheck(counting.store, runner, { maxAgeMs: 1000, now: () => now });
    return { events, readModels, runner, check, counting, advance: (ms: number) => (now += ms) };
  }

  it('answers a flood of calls within a second from one check: one head read and one lag count', async () => {
    const { runner, check, counting, advance } = await lagging();
    const answers = await Promise.all(Array.from({ length: 200 }, () => check.check()));
    expect(answers.every((a) => a === answers[0])).toBe(true);
    expect(answers[0]).toMatchObject({ healthy: true, processors: { processors: [{ lagEvents: 2 }, { lagEvents: 2 }] } });
    advance(500);
    await check.check();
    expect([counting.heads(), counting.reads()]).toEqual([1, 1]);

    advance(600);
    await check.check();
    expect([counting.heads(), counting.reads()]).toEqual([2, 2]);
    await runner.stop();
  });

  it('checks again at once when a processor changes state or a dead letter is recorded', async () => {
    const { events, readModels, runner, check, counting } = await lagging();
    expect((await check.check()).processors.openDeadLetters).toBe(0);
    const [event] = await events.readStream('g-1', { maxCount: 1 });
    const failedAt = '2026-12-01T09:00:00.000Z';
    readModels.commit([], [], { failures: [{ processor: 'tally', position: event!.position, streamId: 'g-1', revision: 0, eventType: 'Counted', eventId: 'e-a-1', error: 'Error: x', failedAt }] });
    expect((await check.check()).processors.openDeadLetters).toBe(1);
    await runner.stop();
    const stopped = await check.check();
    expect(stopped.healthy).toBe(false);
    expect(stopped.reasons.map((r) => r.code)).toEqual(['PROCESSOR_STOPPED', 'PROCESSOR_STOPPED']);
    expect(counting.heads()).toBe(3);
  });

  it('says the event store is unreachable in Japanese, keeping its error for admins only', async () => {
    const events = new InMemoryEventStore();
    const runner = new ProjectionRunner(events, new SqliteReadModelStore(':memory:'), [tallyProjection()], new RecordingLogger());
    runner.start();
    const broken: EventStore = Object.assign(Object.create(events) as EventStore, { headPosition: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:2113')) });
    const health = await new SystemHealthCheck(broken, runner).check();
    expect(health).toMatchObject({ status: 'down', healthy: false, eventStore: { reachable: false, error: 'Error: connect ECONNREFUSED 10.0.0.5:2113' } });
    expect(health.reasons).toEqual([{ code: 'EVENT_STORE_UNREACHABLE', message: 'イベントストアに接続できません。' }]);
    await runner.stop();
  });
});
