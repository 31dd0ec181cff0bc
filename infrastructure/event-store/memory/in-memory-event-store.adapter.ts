import {
  type AllSubscription,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  WrongExpectedRevisionError,
} from '../../../application/shared/event-store';
import { satisfiesExpectedRevision } from '../shared/expected-revision.check';
import { LiveNotifier } from '../shared/live-notifier';
import { createPollingAllSubscription } from '../shared/polling-all-subscription';
import { sliceStream } from '../shared/stream-slice';

/** The event store in process memory: the same semantics as the durable ones, for unit tests. */
export class InMemoryEventStore implements EventStore {
  readonly kind = 'memory';
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly notifier = new LiveNotifier();

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length === 0 ? undefined : stream.length - 1;
    if (!satisfiesExpectedRevision(expected, current)) {
      throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
    }
    for (const event of events) {
      const index = BigInt(this.log.length);
      const recorded: RecordedEvent = {
        streamId,
        revision: stream.length,
        position: { commit: index, prepare: index },
        type: event.type,
        data: structuredClone(event.data),
        metadata: structuredClone(event.metadata),
      };
      stream.push(recorded);
      this.log.push(recorded);
    }
    this.streams.set(streamId, stream);
    this.notifier.notify();
    const last = stream[stream.length - 1];
    if (!last) throw new RangeError('append needs at least one event');
    return { nextRevision: last.revision, position: last.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return sliceStream(this.streams.get(streamId) ?? [], options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAfter(options.after, options.maxCount ?? Number.MAX_SAFE_INTEGER);
  }

  async headPosition(): Promise<Position | undefined> {
    return this.log[this.log.length - 1]?.position;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return createPollingAllSubscription((after, max) => this.readAfter(after, max), this.notifier, options.after);
  }

  async close(): Promise<void> {
    this.notifier.notify();
  }

  private async readAfter(after: Position | undefined, maxCount: number): Promise<RecordedEvent[]> {
    const start = after === undefined ? 0 : Number(after.commit) + 1;
    return this.log.slice(Math.max(start, 0), Math.max(start, 0) + maxCount);
  }
}
