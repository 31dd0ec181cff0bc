import { type AllSubscription, comparePositions, type EventStore, type Position, type RecordedEvent } from '../event-store';
import type { Clock, Logger } from '../ports';
import { type Backoff, sleep } from '../processing/backoff';
import { errorMessageOf } from '../processing/dead-letter';
import type { EventProcessor } from '../processing/event-processor';
import { processingErrors } from '../processing/processing.errors';
import type { ProcessorState, ProcessorStatus } from '../processing/processor-status';
import type { ReadModelChange } from './read-model-change';
import { applyEvents } from './apply-events';
import { applyReplay, planReplay } from './dead-letter-replay';
import { HeldStreams } from './held-streams';
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
 * exponential backoff; an event the processor throws on is dead-lettered and processing goes on, with
 * the later events of its stream held behind it until it is replayed (held-streams.ts).
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
  private readonly held: HeldStreams;

  constructor(
    readonly processor: EventProcessor,
    private readonly events: EventStore,
    private readonly store: ReadModelStore,
    /** A child logger: every line names the processor already, so calls do not repeat it. */
    private readonly logger: Logger,
    private readonly options: ProcessorWorkerOptions,
  ) {
    const stored = store.checkpoint(processor.name);
    if (stored && stored.version === processor.version) this.checkpoint = stored;
    else {
      if (stored) logger.info('processor version changed: rebuilding');
      this.checkpoint = this.reset();
    }
    this.held = new HeldStreams(store, processor.name);
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
    this.held.reload();
    return true;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.abort = new AbortController();
    this.state = 'running';
    this.loop = this.run().catch((error: unknown) => {
      // run() catches everything it meets; should it end anyway, health must not keep saying "running".
      this.state = 'retrying';
      this.lastError = errorMessageOf(error);
      this.logger.error('processor loop ended unexpectedly', { error: this.lastError });
    });
  }

  /** Closes the subscription and commits what was received (one attempt: the rest comes again at start). */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.abort.abort();
    await this.closeSubscription();
    await this.loop;
    await this.inTurn(() => this.drain(false));
    this.buffer = [];
    this.loop = undefined;
    this.state = 'stopped';
  }

  /**
   * Applies one dead-lettered event again, then every letter held behind it in its stream, in order
   * (planReplay refuses a replay that could not be sound). Each applied letter is resolved in the same
   * transaction as its documents. When the asked-for event fails again it counts one more attempt and a
   * typed error is thrown; when a later held one fails, those before it stay resolved and it stays open,
   * with the real error and one more attempt.
   */
  replay(deadLetterId: number, by: string): Promise<void> {
    return this.inTurn(async () => {
      const letter = this.store.deadLetter(deadLetterId);
      if (!letter) throw processingErrors.deadLetterNotFound(deadLetterId);
      if (letter.resolution) throw processingErrors.alreadyResolved(deadLetterId);
      const plan = await planReplay(this.processor, letter, this.store, this.events, this.checkpoint.position);
      const { staged, replayed, failure } = await applyReplay(this.processor, plan, this.store, this.now, by);
      this.held.refresh(letter.streamId);
      if (failure && replayed.length === 0) throw processingErrors.replayFailed(this.processor.name, failure.error);
      this.logger.info('dead letter replayed', { deadLetterId, by, alsoReplayed: replayed.slice(1).map((l) => l.id) });
      if (failure) {
        this.logger.warn('replay stopped at a later event of its stream that still fails', { revision: failure.revision, error: failure.error });
      }
      this.announce(staged.announced(this.checkpoint.position ?? letter.position));
    });
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      // A subscription that fails, ends, or cannot even be opened: all the same, resubscribe after the backoff.
      const failure = await this.consume();
      if (this.stopping) break;
      await this.closeSubscription();
      // Start again from what is committed: events received but not committed come again.
      await this.inTurn(() => {
        this.buffer = [];
      });
      await sleep(this.fail('subscription', failure), this.abort.signal);
    }
  }

  /** Feeds one subscription into batches until it fails or ends; answers why it stopped (never throws). */
  private async consume(): Promise<unknown> {
    const position = this.checkpoint.position;
    const probation = this.failures > 0 ? setTimeout(() => this.recoveredSubscription(), this.options.healthyAfterMs) : undefined;
    try {
      const subscription = this.events.subscribeToAll(position ? { after: position } : {});
      this.subscription = subscription;
      for await (const event of subscription) {
        this.buffer.push(event);
        if (this.buffer.length >= this.options.batchSize) await this.flush();
        else this.scheduleFlush();
      }
      return new Error('the subscription ended without being closed');
    } catch (error) {
      return error;
    } finally {
      clearTimeout(probation);
    }
  }

  private async closeSubscription(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    try {
      await subscription?.close();
    } catch {
      // It failed already: closing is only tidying up.
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
      this.logger.error('processor flush failed', { error: errorMessageOf(error) }),
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
    const { staged, failures } = await applyEvents(this.processor, fresh, this.store, this.now, (streamId) => this.held.behind(streamId));
    const checkpoint: ProjectionCheckpoint = { ...this.checkpoint, position: last.position };
    this.store.commit(staged.changes, [checkpoint], failures.length > 0 ? { failures } : undefined);
    this.checkpoint = checkpoint;
    this.held.hold(failures);
    for (const failure of failures) {
      const fields = { type: failure.eventType, streamId: failure.streamId, revision: failure.revision };
      if (failure.heldBehind === undefined) this.logger.error('processor could not handle an event; dead-lettered, going on', { ...fields, error: failure.error });
      else this.logger.warn('event held behind an open dead letter of its stream; recorded, not applied', { ...fields, heldBehind: failure.heldBehind });
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
    this.logger.info('processor recovered', { afterFailures: this.failures });
    this.failures = 0;
    this.failing = undefined;
    this.lastError = undefined;
    if (!this.stopping) this.state = 'running';
  }

  private announce(changes: readonly ReadModelChange[]): void {
    try {
      this.options.onCommitted(changes);
    } catch (error) {
      this.logger.error('announcing read-model changes failed', { error: errorMessageOf(error) });
    }
  }

  private reset(): ProjectionCheckpoint {
    this.store.reset(this.processor.name, this.processor.version);
    return { readModel: this.processor.name, version: this.processor.version, position: undefined };
  }
}
