import {
  type AppendExpectedRevision,
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  NO_STREAM,
  NotLeaderError,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
} from '@eventstore/db-client';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../../../application/shared/event-store';
import { EsdbAllSubscription } from './esdb-all-subscription';
import { type AppendContext, translateEsdbError } from './esdb-error.translator';
import { isSystemEvent, toEventData, toRecordedEvent } from './esdb-event.mapper';
import { fromEsdbPosition, isAfter, toEsdbStartPosition } from './esdb-position.mapper';

/** Events per $all read request when paging (readAll, headPosition). */
const PAGE_SIZE = 1000;

function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) throw new RangeError(`expected revision must be >= 0: ${expected}`);
      return BigInt(expected);
  }
}

function startOf(after: Position | undefined): Position | undefined {
  return after && after.commit >= 0n && after.prepare >= 0n ? after : undefined;
}

/**
 * The event store port on EventStoreDB (single node or cluster) through @eventstore/db-client.
 * Streams keep the names they are given; $all positions are the port's positions; system events
 * (`$` types and `$` streams) never reach readAll, headPosition or subscribeToAll.
 */
export class EsdbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  private readonly subscriptions = new Set<EsdbAllSubscription>();

  constructor(private readonly client: EventStoreDBClient) {}

  /** esdb://host:2113?tls=false, or esdb+discover://node1:2113,node2:2113,node3:2113?... for a cluster. */
  static fromConnectionString(connectionString: string): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('append needs at least one event');
    const expectedRevision = toExpectedRevision(expected);
    const data = events.map(toEventData);
    // The client throws WrongExpectedVersionError (throwOnAppendFailure stays at its default, true).
    const result = await this.call(() => this.client.appendToStream(streamId, data, { expectedRevision }), { streamId, expected });
    const position = fromEsdbPosition(result.position) ?? (await this.positionOfLastEvent(streamId));
    return { nextRevision: Number(result.nextExpectedRevision), position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const from = options.fromRevision ?? (direction === 'backwards' ? 'end' : 'start');
    const readOptions = {
      direction: direction === 'backwards' ? BACKWARDS : FORWARDS,
      fromRevision: from === 'start' ? START : from === 'end' ? END : BigInt(from),
      maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
    } as const;
    try {
      return await this.call(async () => {
        const events: RecordedEvent[] = [];
        for await (const resolved of this.client.readStream(streamId, readOptions)) {
          const event = toRecordedEvent(resolved);
          if (event) events.push(event);
        }
        return events;
      });
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (limit <= 0) return [];
    const pageSize = Math.min(PAGE_SIZE, limit + 1);
    const events: RecordedEvent[] = [];
    let from = startOf(options.after);
    while (events.length < limit) {
      const page = await this.readAllPage(from, pageSize, 'forwards');
      for (const event of page) {
        if (events.length >= limit) break;
        if (isAfter(event.position, from) && !isSystemEvent(event)) events.push(event);
      }
      const last = page[page.length - 1];
      if (page.length < pageSize || !last || !isAfter(last.position, from)) break;
      from = last.position;
    }
    return events;
  }

  async headPosition(): Promise<Position | undefined> {
    let before: Position | undefined;
    for (;;) {
      const page = await this.readAllPage(before, PAGE_SIZE, 'backwards');
      const found = page.find((event) => !isSystemEvent(event) && (!before || isAfter(before, event.position)));
      if (found) return found.position;
      const last = page[page.length - 1];
      if (page.length < PAGE_SIZE || !last || (before && !isAfter(before, last.position))) return undefined;
      before = last.position;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const after = startOf(options.after);
    const source = this.client.subscribeToAll({ fromPosition: toEsdbStartPosition(after), filter: excludeSystemEvents() });
    const subscription: EsdbAllSubscription = new EsdbAllSubscription(
      source,
      after,
      (error) => translateEsdbError(error),
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /**
   * One page of $all with every event (system ones included, so paging always advances).
   * Forwards from a position includes it; backwards from a position starts before it.
   */
  private readAllPage(from: Position | undefined, maxCount: number, direction: 'forwards' | 'backwards'): Promise<RecordedEvent[]> {
    const fromPosition = from ? toEsdbStartPosition(from) : direction === 'forwards' ? START : END;
    return this.call(async () => {
      const events: RecordedEvent[] = [];
      const read = this.client.readAll({ fromPosition, maxCount, direction: direction === 'forwards' ? FORWARDS : BACKWARDS });
      for await (const resolved of read) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
      return events;
    });
  }

  private async positionOfLastEvent(streamId: string): Promise<Position> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    if (!last) throw new Error(`EventStoreDB returned no position for the append to ${streamId}`);
    return last.position;
  }

  /**
   * Runs a client call, retrying once when a follower answered "not leader" (the client has then
   * switched to the leader it named), and translates errors to the port's.
   */
  private async call<T>(operation: () => Promise<T>, append?: AppendContext): Promise<T> {
    try {
      try {
        return await operation();
      } catch (error) {
        if (!(error instanceof NotLeaderError)) throw error;
        // Let the client finish switching its channel to the named leader before the retry.
        await new Promise((resolve) => setImmediate(resolve));
        return await operation();
      }
    } catch (error) {
      throw translateEsdbError(error, append);
    }
  }
}
