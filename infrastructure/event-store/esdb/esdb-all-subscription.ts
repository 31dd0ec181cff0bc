import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { AllSubscription, Position, RecordedEvent } from '../../../application/shared/event-store';
import { isSystemEvent, toRecordedEvent } from './esdb-event.mapper';
import { isAfter } from './esdb-position.mapper';

/** Pause the server stream when this many events wait unread; resume below the low mark. */
const HIGH_WATER_MARK = 1024;
const LOW_WATER_MARK = 256;

interface Waiter {
  resolve(result: IteratorResult<RecordedEvent>): void;
  reject(error: unknown): void;
}

/**
 * The port's subscription over the client's catch-up subscription to $all: a single-consumer
 * async iterator with a bounded buffer (backpressure reaches the server through gRPC flow control).
 * It drops events at or before the last one delivered (the start position included, whether the
 * server treats it as inclusive or not) and system events the server-side filter let through
 * (events in `$` streams whose type has no `$`).
 */
export class EsdbAllSubscription implements AllSubscription, AsyncIterator<RecordedEvent> {
  private readonly buffer: RecordedEvent[] = [];
  private readonly waiters: Waiter[] = [];
  private failure: unknown;
  private done = false;
  private closing: Promise<void> | undefined;
  private last: Position | undefined;

  constructor(
    private readonly source: AllStreamSubscription,
    after: Position | undefined,
    private readonly translate: (error: unknown) => unknown,
    private readonly onClosed: () => void,
  ) {
    this.last = after;
    source.on('data', (resolved: AllStreamResolvedEvent) => this.receive(resolved));
    source.on('error', (error: unknown) => this.fail(error));
    source.on('end', () => this.finish());
    source.on('close', () => this.finish());
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this;
  }

  next(): Promise<IteratorResult<RecordedEvent>> {
    const event = this.buffer.shift();
    if (event) {
      if (this.buffer.length < LOW_WATER_MARK && this.source.isPaused()) this.source.resume();
      return Promise.resolve({ value: event, done: false });
    }
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  async return(): Promise<IteratorResult<RecordedEvent>> {
    await this.close();
    return { value: undefined, done: true };
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.buffer.length = 0;
    this.finish();
    try {
      await this.source.unsubscribe();
    } catch {
      // The connection is already gone: nothing left to cancel.
    }
    this.source.destroy();
    this.onClosed();
  }

  private receive(resolved: AllStreamResolvedEvent): void {
    if (this.done) return;
    const event = toRecordedEvent(resolved);
    if (!event || isSystemEvent(event) || !isAfter(event.position, this.last)) return;
    this.last = event.position;
    const waiter = this.waiters.shift();
    if (waiter) return waiter.resolve({ value: event, done: false });
    this.buffer.push(event);
    if (this.buffer.length >= HIGH_WATER_MARK) this.source.pause();
  }

  private fail(error: unknown): void {
    if (this.done) return;
    this.done = true;
    const failure = this.translate(error);
    const waiters = this.waiters.splice(0);
    if (waiters.length === 0) this.failure = failure;
    for (const waiter of waiters) waiter.reject(failure);
  }

  private finish(): void {
    this.done = true;
    for (const waiter of this.waiters.splice(0)) waiter.resolve({ value: undefined, done: true });
  }
}
