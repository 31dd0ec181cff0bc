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
} from '../../application/shared/event-store';
import type { PrometheusMetrics } from './prometheus-metrics';

type Operation = 'append' | 'readStream' | 'readAll' | 'headPosition';

/**
 * The EventStore port with every call timed into madoguchi_event_store_operation_duration_seconds
 * (outcome ok, conflict or error). The subscription is passed through: it lives as long as the runner.
 */
export class TimedEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly metrics: PrometheusMetrics,
  ) {}

  get kind(): string {
    return this.inner.kind;
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.timed('append', () => this.inner.append(streamId, events, expected));
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.timed('readStream', () => this.inner.readStream(streamId, options));
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.timed('readAll', () => this.inner.readAll(options));
  }

  headPosition(): Promise<Position | undefined> {
    return this.timed('headPosition', () => this.inner.headPosition());
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    return this.inner.subscribeToAll(options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async timed<T>(operation: Operation, call: () => Promise<T>): Promise<T> {
    const end = this.metrics.eventStoreDuration.startTimer({ store: this.inner.kind, operation });
    try {
      const result = await call();
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: error instanceof WrongExpectedRevisionError ? 'conflict' : 'error' });
      throw error;
    }
  }
}
