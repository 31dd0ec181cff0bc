import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  binaryEvent,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  jsonEvent,
  MaxAppendSizeExceededError,
  NO_STREAM,
  type ResolvedEvent,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { toUuidMessage, uuidText } from './grpc-message.mapper';
import { type EsdbEmulator, startEsdbEmulator } from './esdb-emulator';

/** The real client against the emulator, below the adapter: the protocol details the adapter relies on. */
let emulator: EsdbEmulator;
let client: EventStoreDBClient;

beforeAll(async () => {
  emulator = await startEsdbEmulator();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  client = EventStoreDBClient.connectionString(emulator.url);
});
afterEach(async () => {
  await client.dispose();
});

const stream = (): string => `protocol-${randomUUID()}`;
const event = (type: string, id?: string) => jsonEvent({ type, data: { type }, ...(id ? { id } : {}) });
/** Credentials make the client use Streams.Append instead of BatchAppend (ignored when insecure). */
const viaAppend = { credentials: { username: 'admin', password: 'changeit' } };

async function collect(read: AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent[]> {
  const events: ResolvedEvent[] = [];
  for await (const resolved of read) events.push(resolved);
  return events;
}
const types = (events: ResolvedEvent[]) => events.map((resolved) => resolved.event?.type);

describe.each([
  ['BatchAppend', {}],
  ['Append', viaAppend],
])('appending through %s', (_name, options) => {
  it('answers revisions, positions and conflicts with the current revision', async () => {
    const id = stream();
    const first = await client.appendToStream(id, [event('A'), event('B')], { ...options, expectedRevision: NO_STREAM });
    expect(first).toMatchObject({ success: true, nextExpectedRevision: 1n });
    const conflict = await client
      .appendToStream(id, event('C'), { ...options, expectedRevision: 0n })
      .catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(WrongExpectedVersionError);
    expect(conflict).toMatchObject({ streamName: id, expectedVersion: 0n, actualVersion: 1n });
    const [last] = await collect(client.readStream(id, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
    expect(last?.event?.position).toEqual(first.position);
  });

  it('treats a retried append of the same event ids as done (idempotent)', async () => {
    const id = stream();
    const batch = [event('A', randomUUID()), event('B', randomUUID())];
    const first = await client.appendToStream(id, batch, { ...options, expectedRevision: NO_STREAM });
    const retry = await client.appendToStream(id, batch, { ...options, expectedRevision: NO_STREAM });
    expect(retry).toMatchObject({ success: true, nextExpectedRevision: 1n, position: first.position });
    expect(await collect(client.readStream(id))).toHaveLength(2);
  });

  it('refuses an append over the maximum append size', async () => {
    const big = binaryEvent({ type: 'Big', data: new Uint8Array(1_100_000) });
    await expect(client.appendToStream(stream(), big, options)).rejects.toBeInstanceOf(MaxAppendSizeExceededError);
  });
});

it('reads $all forwards including the given position and backwards excluding it', async () => {
  const id = stream();
  await client.appendToStream(id, [event('A'), event('B'), event('C')]);
  const [a, b, c] = await collect(client.readStream(id));
  const forwards = await collect(client.readAll({ fromPosition: b!.event!.position!, maxCount: 2 }));
  expect(types(forwards)).toEqual(['B', 'C']);
  const backwards = await collect(client.readAll({ fromPosition: c!.event!.position!, direction: BACKWARDS, maxCount: 2 }));
  expect(types(backwards)).toEqual(['B', 'A']);
  expect(a!.event!.position!.commit).toBeLessThan(b!.event!.position!.commit);
});

it('subscribes to a stream after a revision: catch-up, caughtUp, then live', async () => {
  const id = stream();
  await client.appendToStream(id, [event('A'), event('B')]);
  const subscription = client.subscribeToStream(id, { fromRevision: 0n });
  const caughtUp = new Promise<void>((resolve) => subscription.once('caughtUp', () => resolve()));
  const received: string[] = [];
  const done = (async () => {
    for await (const resolved of subscription) {
      received.push(resolved.event?.type ?? '?');
      if (received.length === 2) break;
    }
  })();
  await caughtUp;
  await client.appendToStream(id, event('C'));
  await done;
  expect(received).toEqual(['B', 'C']);
  await subscription.unsubscribe();
});

it('filters a $all subscription on the server and sends checkpoints', async () => {
  const checkpoints: bigint[] = [];
  const subscription = client.subscribeToAll({
    filter: excludeSystemEvents({ checkpointReached: (_s, position) => void checkpoints.push(position.commit) }),
  });
  const first = await new Promise<ResolvedEvent>((resolve) => subscription.once('data', resolve));
  expect(first.event?.type.startsWith('$')).toBe(false);
  await new Promise<void>((resolve) => subscription.once('caughtUp', () => resolve()));
  expect(checkpoints.length).toBeGreaterThan(0);
  await subscription.unsubscribe();
});

it('soft-deletes a stream that can be recreated, revisions continuing', async () => {
  const id = stream();
  await client.appendToStream(id, [event('A'), event('B')]);
  await client.deleteStream(id, { expectedRevision: 1n });
  await expect(collect(client.readStream(id))).rejects.toBeInstanceOf(StreamNotFoundError);
  const again = await client.appendToStream(id, event('C'), { expectedRevision: NO_STREAM });
  expect(again.nextExpectedRevision).toBe(2n);
  expect((await collect(client.readStream(id))).map((e) => [e.event?.type, e.event?.revision])).toEqual([['C', 2n]]);
});

it('tombstones a stream for good', async () => {
  const id = stream();
  await client.appendToStream(id, event('A'));
  await client.tombstoneStream(id);
  await expect(collect(client.readStream(id))).rejects.toBeInstanceOf(StreamDeletedError);
  await expect(client.appendToStream(id, event('B'))).rejects.toBeInstanceOf(StreamDeletedError);
  await expect(client.appendToStream(id, event('B'), viaAppend)).rejects.toBeInstanceOf(StreamDeletedError);
});

it('keeps stream metadata and resolves link events on request', async () => {
  const id = stream();
  await client.appendToStream(id, event('Target'));
  await client.setStreamMetadata(id, { maxCount: 5, custom: 'x' });
  expect((await client.getStreamMetadata(id)).metadata).toMatchObject({ maxCount: 5, custom: 'x' });
  const links = stream();
  await client.appendToStream(links, binaryEvent({ type: '$>', data: Buffer.from(`0@${id}`) }));
  const [resolved] = await collect(client.readStream(links, { resolveLinkTos: true }));
  expect(resolved?.event?.type).toBe('Target');
  expect(resolved?.link?.type).toBe('$>');
});

it.each([
  ['DNS discovery', (port: number) => `esdb+discover://127.0.0.1:${port}?tls=false&nodePreference=follower`],
  ['a gossip seed list with a dead node', (port: number) => `esdb://127.0.0.1:1,127.0.0.1:${port}?tls=false&nodePreference=leader`],
])('answers gossip, so %s reaches it', async (_name, connectionString) => {
  const discovering = EventStoreDBClient.connectionString(connectionString(emulator.port));
  const id = stream();
  await discovering.appendToStream(id, event('A'));
  expect(types(await collect(discovering.readStream(id)))).toEqual(['A']);
  await discovering.dispose();
});

it('writes event ids as text or as two signed 64-bit halves', () => {
  const id = randomUUID();
  expect(uuidText(toUuidMessage(id, true))).toBe(id);
  expect(uuidText(toUuidMessage(id, false))).toBe(id);
  expect(uuidText(toUuidMessage('ffffffff-ffff-ffff-ffff-ffffffffffff', false))).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
});
