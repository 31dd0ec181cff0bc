import { randomUUID } from 'node:crypto';
import {
  comparePositions,
  type EventStore,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../../application/shared/event-store';
import { newEvent } from '../support/new-event';

/**
 * The one contract every event store adapter passes (memory, SQLite, EventStoreDB).
 * Streams get unique names so the suite also runs against a shared, non-empty server.
 */
export interface EventStoreHarness {
  store: EventStore;
  /** Closes the store and frees what the harness made. */
  dispose(): Promise<void>;
}

async function take(iterator: AsyncIterator<RecordedEvent>, count: number, timeoutMs = 5000): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (received.length < count) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`received ${received.length} of ${count} events before the timeout`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), remaining);
    });
    const next = await Promise.race([iterator.next(), timeout]);
    clearTimeout(timer);
    if (next === 'timeout') throw new Error(`received ${received.length} of ${count} events before the timeout`);
    if (next.done) throw new Error('subscription ended early');
    received.push(next.value);
  }
  return received;
}

export function describeEventStoreContract(name: string, createHarness: () => Promise<EventStoreHarness>): void {
  describe(`event store contract: ${name}`, () => {
    let harness: EventStoreHarness;
    let store: EventStore;
    const stream = (category = 'contract') => `${category}-${randomUUID()}`;

    beforeEach(async () => {
      harness = await createHarness();
      store = harness.store;
    });
    afterEach(async () => {
      await harness.dispose();
    });

    describe('append', () => {
      it('creates a stream when no stream is expected and returns revision and position', async () => {
        const id = stream();
        const result = await store.append(id, [newEvent('A'), newEvent('B')], 'no_stream');
        expect(result.nextRevision).toBe(1);
        const events = await store.readStream(id);
        expect(events.map((e) => [e.type, e.revision])).toEqual([['A', 0], ['B', 1]]);
        expect(comparePositions(events[1]!.position, result.position)).toBe(0);
      });

      it('refuses "no stream" on an existing stream with a typed conflict and writes nothing', async () => {
        const id = stream();
        await store.append(id, [newEvent('A')], 'no_stream');
        await expect(store.append(id, [newEvent('B')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A']);
      });

      it('appends at the exact expected revision and refuses a stale one', async () => {
        const id = stream();
        const first = await store.append(id, [newEvent('A')], 'no_stream');
        const second = await store.append(id, [newEvent('B')], first.nextRevision);
        expect(second.nextRevision).toBe(1);
        const stale = store.append(id, [newEvent('C')], first.nextRevision);
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('refuses an exact revision on a stream that does not exist', async () => {
        await expect(store.append(stream(), [newEvent('A')], 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      });

      it('honours "exists" and "any"', async () => {
        const id = stream();
        await expect(store.append(id, [newEvent('A')], 'exists')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.append(id, [newEvent('A')], 'any');
        await store.append(id, [newEvent('B')], 'exists');
        const result = await store.append(id, [newEvent('C')], 'any');
        expect(result.nextRevision).toBe(2);
      });

      it('lets exactly one of two racing appends at the same revision win', async () => {
        const id = stream();
        const first = await store.append(id, [newEvent('A')], 'no_stream');
        const outcomes = await Promise.allSettled([
          store.append(id, [newEvent('B1')], first.nextRevision),
          store.append(id, [newEvent('B2')], first.nextRevision),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('keeps data and metadata exactly, Japanese text and nesting included', async () => {
        const id = stream();
        const event = newEvent('VisitOpened', {
          name: '花巻 太郎',
          rare: '𠮷野 辻\u{E0102}',
          nested: { list: [1, 2, 3], flag: true, none: null },
        });
        await store.append(id, [event], 'no_stream');
        const [stored] = await store.readStream(id);
        expect(stored!.data).toEqual(event.data);
        expect(stored!.metadata).toEqual(event.metadata);
        expect(stored!.streamId).toBe(id);
      });
    });

    describe('readStream', () => {
      it('reads forwards, backwards, from a revision and up to a count', async () => {
        const id = stream();
        await store.append(id, ['A', 'B', 'C', 'D'].map((t) => newEvent(t)), 'no_stream');
        const types = (events: RecordedEvent[]) => events.map((e) => e.type);
        expect(types(await store.readStream(id))).toEqual(['A', 'B', 'C', 'D']);
        expect(types(await store.readStream(id, { direction: 'backwards' }))).toEqual(['D', 'C', 'B', 'A']);
        expect(types(await store.readStream(id, { fromRevision: 2 }))).toEqual(['C', 'D']);
        expect(types(await store.readStream(id, { fromRevision: 1, maxCount: 2 }))).toEqual(['B', 'C']);
        expect(types(await store.readStream(id, { direction: 'backwards', fromRevision: 2, maxCount: 2 }))).toEqual(['C', 'B']);
        expect(types(await store.readStream(id, { direction: 'backwards', maxCount: 1 }))).toEqual(['D']);
      });

      it('reads an absent stream as empty', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('returns events of every stream in one strictly increasing global order', async () => {
        const a = stream();
        const b = stream();
        const before = await store.headPosition();
        await store.append(a, [newEvent('A1')], 'no_stream');
        await store.append(b, [newEvent('B1'), newEvent('B2')], 'no_stream');
        await store.append(a, [newEvent('A2')], 0);
        const all = await store.readAll(before ? { after: before } : {});
        const mine = all.filter((e) => e.streamId === a || e.streamId === b);
        expect(mine.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        for (let i = 1; i < all.length; i++) {
          expect(comparePositions(all[i - 1]!.position, all[i]!.position)).toBe(-1);
        }
        const head = await store.headPosition();
        expect(head && comparePositions(head, mine[3]!.position)).toBe(0);
      });

      it('reads strictly after a position, up to a count', async () => {
        const id = stream();
        await store.append(id, ['A', 'B', 'C'].map((t) => newEvent(t)), 'no_stream');
        const [a] = await store.readStream(id);
        const after = await store.readAll({ after: a!.position, maxCount: 2 });
        expect(after.map((e) => e.type)).toEqual(['B', 'C']);
      });
    });

    describe('subscribeToAll', () => {
      it('delivers past events, then live ones, in order, and stops when closed', async () => {
        const id = stream();
        const first = await store.append(id, [newEvent('Past1'), newEvent('Past2')], 'no_stream');
        const [past1] = await store.readStream(id);
        const before = (await store.readAll()).filter((e) => comparePositions(e.position, past1!.position) < 0).pop();
        const subscription = store.subscribeToAll(before ? { after: before.position } : {});
        const iterator = subscription[Symbol.asyncIterator]();
        const caughtUp = await take(iterator, 2);
        expect(caughtUp.map((e) => e.type)).toEqual(['Past1', 'Past2']);
        await store.append(id, [newEvent('Live1')], first.nextRevision);
        await store.append(id, [newEvent('Live2')], first.nextRevision + 1);
        const live = (await take(iterator, 2)).filter((e) => e.streamId === id);
        expect(live.map((e) => e.type)).toEqual(['Live1', 'Live2']);
        await subscription.close();
        let timer: NodeJS.Timeout | undefined;
        const next = await Promise.race([
          iterator.next(),
          new Promise<'still open'>((resolve) => {
            timer = setTimeout(() => resolve('still open'), 2000);
          }),
        ]);
        clearTimeout(timer);
        expect(next).toEqual({ done: true, value: undefined });
      });

      it('starts strictly after the given position', async () => {
        const id = stream();
        await store.append(id, [newEvent('A'), newEvent('B'), newEvent('C')], 'no_stream');
        const [, b] = await store.readStream(id);
        const subscription = store.subscribeToAll({ after: b!.position });
        const [next] = await take(subscription[Symbol.asyncIterator](), 1);
        expect(next!.type).toBe('C');
        await subscription.close();
      });
    });
  });
}
