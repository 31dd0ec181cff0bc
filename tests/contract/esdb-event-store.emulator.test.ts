import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import {
  comparePositions,
  EventStoreUnavailableError,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../../application/shared/event-store';
import { EsdbEventStore } from '../../infrastructure/event-store/esdb/esdb-event-store.adapter';
import { type EsdbEmulator, startEsdbEmulator } from '../support/esdb-emulator';
import { describeEventStoreContract } from './event-store.contract';
import { newEvent } from '../support/new-event';

let emulator: EsdbEmulator;

beforeAll(async () => {
  emulator = await startEsdbEmulator();
});

afterAll(async () => {
  await emulator.stop();
});

describeEventStoreContract('EventStoreDB (protocol emulator)', async () => {
  const store = EsdbEventStore.fromConnectionString(emulator.url);
  return { store, dispose: () => store.close() };
});

/** A local port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function next(iterator: AsyncIterator<RecordedEvent>, timeoutMs = 3000): Promise<RecordedEvent> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no event before the timeout')), timeoutMs);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error('subscription ended');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

describe('EventStoreDB adapter specifics (against the emulator)', () => {
  let store: EsdbEventStore;
  let raw: EventStoreDBClient;

  beforeEach(() => {
    store = EsdbEventStore.fromConnectionString(emulator.url);
    raw = EventStoreDBClient.connectionString(emulator.url);
  });
  afterEach(async () => {
    await store.close();
    await raw.dispose();
  });

  it('reports the kind and the current revision in a conflict', async () => {
    expect(store.kind).toBe('eventstoredb');
    const id = `visit-${randomUUID()}`;
    await store.append(id, [newEvent('A')], 'no_stream');
    const conflict = await store.append(id, [newEvent('B')], 'no_stream').catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(WrongExpectedRevisionError);
    expect(conflict).toMatchObject({ streamId: id, expected: 'no_stream', actual: 0 });
    const missing = await store.append(`visit-${randomUUID()}`, [newEvent('A')], 3).catch((error: unknown) => error);
    expect(missing).toMatchObject({ expected: 3, actual: 'no_stream' });
  });

  it('stores metadata.eventId as the EventStoreDB event id, and data and metadata as JSON', async () => {
    const id = `visit-${randomUUID()}`;
    const event = newEvent('VisitOpened', { counter: '市民課 3番' });
    await store.append(id, [event], 'no_stream');
    const read = [];
    for await (const resolved of raw.readStream(id)) read.push(resolved.event);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ id: event.metadata.eventId, isJson: true, data: event.data, metadata: event.metadata });
  });

  it('keeps system events out of readAll, headPosition and subscribeToAll', async () => {
    const id = `visit-${randomUUID()}`;
    const before = await store.headPosition();
    const subscription = store.subscribeToAll(before ? { after: before } : {});
    const iterator = subscription[Symbol.asyncIterator]();
    await store.append(id, [newEvent('Mine1')], 'no_stream');
    await raw.appendToStream(`$system-${randomUUID()}`, jsonEvent({ type: 'LooksNormal', data: {} }));
    await raw.appendToStream(id, jsonEvent({ type: '$internal', data: {} }));
    await raw.setStreamMetadata(id, { maxCount: 10 });
    await store.append(id, [newEvent('Mine2')], 'any');
    const all = await store.readAll(before ? { after: before } : {});
    expect(all.map((e) => e.type)).toEqual(['Mine1', 'Mine2']);
    expect((await next(iterator)).type).toBe('Mine1');
    expect((await next(iterator)).type).toBe('Mine2');
    expect(comparePositions((await store.headPosition())!, all[1]!.position)).toBe(0);
    await raw.appendToStream(`$system-${randomUUID()}`, jsonEvent({ type: 'LooksNormal', data: {} }));
    expect(comparePositions((await store.headPosition())!, all[1]!.position)).toBe(0);
    await subscription.close();
  });

  it('pages readAll past many events with a count', async () => {
    const id = `bulk-${randomUUID()}`;
    const before = await store.headPosition();
    const events = Array.from({ length: 2100 }, (_, i) => newEvent(`E${i}`));
    for (let i = 0; i < events.length; i += 700) await store.append(id, events.slice(i, i + 700), 'any');
    const all = await store.readAll(before ? { after: before } : {});
    expect(all.map((e) => e.type)).toEqual(events.map((e) => e.type));
    const some = await store.readAll({ after: all[999]!.position, maxCount: 1050 });
    expect(some.map((e) => e.type)).toEqual(events.slice(1000, 2050).map((e) => e.type));
  }, 30_000);

  it('hashes an event id that is not a UUID into a stable UUID', async () => {
    const id = `visit-${randomUUID()}`;
    const event = { ...newEvent('A'), metadata: { ...newEvent('A').metadata, eventId: 'evt-0001' } };
    await store.append(id, [event], 'no_stream');
    const [stored] = await store.readStream(id);
    expect(stored?.metadata.eventId).toBe('evt-0001');
  });
});

describe('EventStoreDB adapter with no server', () => {
  it('fails fast with EventStoreUnavailableError and a Japanese message', async () => {
    const store = EsdbEventStore.fromConnectionString(`esdb://127.0.0.1:${await closedPort()}?tls=false`);
    const started = Date.now();
    const failures = await Promise.all([
      store.append('visit-1', [newEvent('A')], 'any').catch((error: unknown) => error),
      store.readStream('visit-1').catch((error: unknown) => error),
      store.readAll().catch((error: unknown) => error),
      store.headPosition().catch((error: unknown) => error),
      store.subscribeToAll()[Symbol.asyncIterator]().next().catch((error: unknown) => error),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(EventStoreUnavailableError);
      expect((failure as Error).message).toMatch(/^イベントストア（EventStoreDB）に接続できません: /);
    }
    expect(Date.now() - started).toBeLessThan(3000);
    await store.close();
  });
});
