import { type AllSubscription, comparePositions, type EventStore, type Position, type RecordedEvent } from '../event-store';
import type { Clock, Logger } from '../ports';
import { type Backoff, sleep } from '../processing/backoff';
import { errorMessageOf } from '../processing/dead-letter';
import type { EventProcessor } from '../processing/event-processor';
import { processingErrors } from '../processing/processing.errors';
import type { ProcessorState, ProcessorStatus } from '../processing/processor-status';
import type { ReadModelChange } from './read-model-change';
import { applyEvents } from './apply-events';
import type { ProjectionCheckpoint, ReadModelStore } from './read-model-store.port';

export interface ProcessorWorkerOptions {
  readonly batchSize: number;
  readonly backoff: Backoff;
  /** A resubscribed processor that has not failed again for this long counts as recovered. */
  readonly healthyAfterMs: number;
  readonly clock: Clock;
  /** After each commit, with the documents it changed. */
  readonly onCommitted: (changes: readonly ReadModelChange[]) => void;
}

/**
 * Runs one processor: its own subscription from its own checkpoint, events applied in batches, each
 * batch's documents, checkpoint and dead letters committed in one transaction. It never gives up: a
 * failed subscription is reopened from the checkpoint and a failed commit retried, both after an
 * exponential backoff; an event the processor throws on is dead-lettered and processing goes on.
 * Batches and replays take turns (one at a time), so they never interleave their documents.
 */
export class ProcessorWorker {
  private checkpoint: ProjectionCheckpoint;
  private state: ProcessorState = 'idle';
  private failures = 0;
  private failing: 'subscription' | 'commit' | undefined;
  private lastError: string | undefined;
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;
  private subscription: AllSubscription | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private abort = new AbortController();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly processor: EventProcessor,
    private readonly events: EventStore,
    private readonly store: ReadModelStore,
    private readonly logger: Logger,
    private readonly options: ProcessorWorkerOptions,
  ) {
    const stored = store.checkpoint(processor.name);
    if (stored && stored.version === processor.version) this.checkpoint = stored;
    else {
      if (stored) logger.info('processor version changed: rebuilding', { processor: processor.name });
      this.checkpoint = this.reset();
    }
  }

  get position(): Position | undefined {
    return this.checkpoint.position;
  }

  status(): ProcessorStatus {
    const retrying = this.state === 'retrying';
    return {
      name: this.processor.name,
      kind: this.processor.kind,
      state: this.state,
      position: this.checkpoint.position,
      failures: this.failures,
      failing: retrying ? this.failing : undefined,
      lastError: retrying ? this.lastError : undefined,
    };
  }

  /** Drops what lies beyond the event store's head (another store, a restored backup). Before start(). */
  reconcileWith(head: Position | undefined): boolean {
    const position = this.checkpoint.position;
    if (!position || (head && comparePositions(position, head) <= 0)) return false;
    this.checkpoint = this.reset();
    return true;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.abort = new AbortController();
    this.state = 'running';
    this.loop = this.run().catch((error: unknown) => this.logger.error('processor loop ended unexpectedly', { error: errorMessageOf(error) }));
  }

  /** Closes the subscription and commits what was received (one attempt: the rest comes again at start). */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.abort.abort();
    await this.subscription?.close().catch(() => undefined);
    await this.loop;
    await this.inTurn(() => this.drain(false));
    this.buffer = [];
    this.loop = undefined;
    this.state = 'stopped';
  }

  /**
   * Applies one dead-lettered event again, on the documents as they are now. On success the dead letter is
   * resolved in the same transaction; on failure it counts one more attempt and a typed error is thrown.
   */
  replay(deadLetterId: number, event: RecordedEvent, by: string): Promise<void> {
    return this.inTurn(async () => {
      const letter = this.store.deadLetter(deadLetterId);
      if (!letter) throw processingErrors.deadLetterNotFound(deadLetterId);
      if (letter.resolution) throw processingErrors.alreadyResolved(deadLetterId);
      const { staged, failures } = await applyEvents(this.processor, [event], this.store, this.now);
      const [failure] = failures;
      if (failure) {
        this.store.commit([], [], { failures });
        throw processingErrors.replayFailed(this.processor.name, failure.error);
      }
      const resolution = { kind: 'replayed' as const, at: this.options.clock.now(), by };
      this.store.commit(staged.changes, [], { resolved: [{ id: deadLetterId, resolution }] });
      this.logger.info('dead letter replayed', { processor: this.processor.name, deadLetterId, by });
      this.announce(staged.announced(this.checkpoint.position ?? event.position));
    });
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const position = this.checkpoint.position;
      const subscription = this.events.subscribeToAll(position ? { after: position } : {});
      this.subscription = subscription;
      const probation = this.failures > 0 ? setTimeout(() => this.recoveredSubscription(), this.options.healthyAfterMs) : undefined;
      let failure: unknown;
      try {
        for await (const event of subscription) {
          this.buffer.push(event);
          if (this.buffer.length >= this.options.batchSize) await this.flush();
          else this.scheduleFlush();
        }
        failure = new Error('the subscription ended without being closed');
      } catch (error) {
        failure = error;
      } finally {
        clearTimeout(probation);
      }
      if (this.stopping) break;
      await subscription.close().catch(() => undefined);
      // Start again from what is committed: events received but not committed come again.
      await this.inTurn(() => {
        this.buffer = [];
      });
      await sleep(this.fail('subscription', failure), this.abort.signal);
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private flush(): Promise<void> {
    return this.inTurn(() => this.drain(true)).catch((error: unknown) =>
      this.logger.error('processor flush failed', { processor: this.processor.name, error: errorMessageOf(error) }),
    );
  }

  /** One thing at a time per processor: batches and replays queue up. */
  private inTurn<T>(work: () => Promise<T> | T): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async drain(retry: boolean): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, this.options.batchSize);
      if (!(await this.commitBatch(batch, retry))) return;
      this.buffer.splice(0, batch.length);
    }
  }

  /** True once committed; false when it gave up because the processor is stopping. */
  private async commitBatch(batch: readonly RecordedEvent[], retry: boolean): Promise<boolean> {
    for (;;) {
      try {
        await this.applyAndCommit(batch);
        return true;
      } catch (error) {
        const delay = this.fail('commit', error);
        if (!retry || this.stopping) return false;
        await sleep(delay, this.abort.signal);
        if (this.stopping) return false;
      }
    }
  }

  private async applyAndCommit(batch: readonly RecordedEvent[]): Promise<void> {
    const from = this.checkpoint.position;
    const fresh = from ? batch.filter((event) => comparePositions(event.position, from) > 0) : batch;
    const last = fresh[fresh.length - 1];
    if (!last) return;
    const { staged, failures } = await applyEvents(this.processor, fresh, this.store, this.now);
    const checkpoint: ProjectionCheckpoint = { ...this.checkpoint, position: last.position };
    this.store.commit(staged.changes, [checkpoint], failures.length > 0 ? { failures } : undefined);
    this.checkpoint = checkpoint;
    for (const failure of failures) {
      this.logger.error('processor could not handle an event; dead-lettered, going on', {
        processor: failure.processor,
        type: failure.eventType,
        streamId: failure.streamId,
        revision: failure.revision,
        error: failure.error,
      });
    }
    if (this.failures > 0) this.recovered();
    this.announce(staged.announced());
  }

  private readonly now = () => this.options.clock.now();

  /** Records a failure and answers how long to wait before trying again. */
  private fail(what: 'subscription' | 'commit', error: unknown): number {
    this.failures += 1;
    this.failing = what;
    this.lastError = errorMessageOf(error);
    const delay = this.options.backoff.delay(this.failures);
    if (this.stopping) return delay;
    this.state = 'retrying';
    this.logger.error(what === 'commit' ? 'processor batch failed; retrying it' : 'processor subscription failed; resubscribing from its checkpoint', {
      processor: this.processor.name,
      failures: this.failures,
      retryInMs: delay,
      error: this.lastError,
    });
    return delay;
  }

  private recoveredSubscription(): void {
    if (this.state === 'retrying' && this.failing === 'subscription') this.recovered();
  }

  private recovered(): void {
    this.logger.info('processor recovered', { processor: this.processor.name, afterFailures: this.failures });
    this.failures = 0;
    this.failing = undefined;
    this.lastError = undefined;
    if (!this.stopping) this.state = 'running';
  }

  private announce(changes: readonly ReadModelChange[]): void {
    try {
      this.options.onCommitted(changes);
    } catch (error) {
      this.logger.error('announcing read-model changes failed', { processor: this.processor.name, error: errorMessageOf(error) });
    }
  }

  private reset(): ProjectionCheckpoint {
    this.store.reset(this.processor.name, this.processor.version);
    return { readModel: this.processor.name, version: this.processor.version, position: undefined };
  }
}
