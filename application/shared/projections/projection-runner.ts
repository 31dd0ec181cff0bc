import { comparePositions, type EventStore, type Position } from '../event-store';
import type { Clock, Logger } from '../ports';
import { Backoff, type BackoffOptions } from '../processing/backoff';
import type { DeadLetter, DeadLetterQuery } from '../processing/dead-letter';
import type { DeadLetterDesk } from '../processing/dead-letter-desk';
import type { EventProcessor } from '../processing/event-processor';
import { processingErrors } from '../processing/processing.errors';
import { assessProcessors, type ProcessorsHealth } from '../processing/processor-health';
import type { ProcessorStatus } from '../processing/processor-status';
import type { AnyDocumentProjection } from './document-projection';
import { PositionWaiters } from './position-waiters';
import { ProcessorWorker } from './processor-worker';
import { projectionProcessor } from './projection-processor';
import type { ReadModelChange } from './read-model-change';
import type { ReadModelStore } from './read-model-store.port';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  readonly onChanges?: (changes: readonly ReadModelChange[]) => void;
  /** After each commit, with the lowest position every processor has reached. */
  readonly onProgress?: (position: Position) => void;
  /** Cross-context reactions: processors beside the projections, each with its own checkpoint. */
  readonly reactions?: readonly EventProcessor[];
  /** Retry delays after a failed subscription or commit. Default 100 ms doubling to 10 s, with jitter. */
  readonly backoff?: BackoffOptions;
  /** A resubscribed processor that has not failed again for this long is healthy again. Default 1 s. */
  readonly healthyAfterMs?: number;
  /** Health fails when a processor lags the head by more events than this. Default 1000. */
  readonly lagLimit?: number;
  readonly clock?: Clock;
}

const systemClock: Clock = { now: () => new Date().toISOString() };

/**
 * Runs every processor (each projection, each reaction) with its own subscription and its own checkpoint,
 * stored in the same transaction as its documents, so a crash never skips or repeats an event. A processor
 * whose version changed is rebuilt from 0. Failures are retried with backoff, never given up on; events a
 * processor throws on become dead letters that admins can list and replay.
 */
export class ProjectionRunner implements DeadLetterDesk {
  private readonly workers = new Map<string, ProcessorWorker>();
  private readonly waiters = new PositionWaiters();
  private readonly lagLimit: number;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadModelStore,
    projections: readonly AnyDocumentProjection[],
    private readonly logger: Logger,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.lagLimit = options.lagLimit ?? 1000;
    const backoff = new Backoff(options.backoff);
    for (const processor of [...projections.map(projectionProcessor), ...(options.reactions ?? [])]) {
      if (this.workers.has(processor.name)) throw new Error(`two processors are named ${processor.name}`);
      const worker = new ProcessorWorker(processor, events, store, logger.child({ processor: processor.name }), {
        batchSize: options.batchSize ?? 500,
        backoff,
        healthyAfterMs: options.healthyAfterMs ?? 1000,
        clock: options.clock ?? systemClock,
        onCommitted: (changes) => this.committed(changes),
      });
      this.workers.set(processor.name, worker);
    }
  }

  /** The lowest position every processor has reached (undefined: some have applied nothing). */
  get position(): Position | undefined {
    let lowest: Position | undefined;
    for (const worker of this.workers.values()) {
      const position = worker.position;
      if (!position) return undefined;
      if (!lowest || comparePositions(position, lowest) < 0) lowest = position;
    }
    return lowest;
  }

  statuses(): ProcessorStatus[] {
    return [...this.workers.values()].map((worker) => worker.status());
  }

  /** Every processor judged against the event store's head (lag counted in events, up to the limit). */
  health(head: Position | undefined): Promise<ProcessorsHealth> {
    const countAfter = async (after: Position | undefined, max: number) => (await this.events.readAll(after ? { after, maxCount: max } : { maxCount: max })).length;
    return assessProcessors(this.statuses(), head, this.lagLimit, countAfter, this.store.openDeadLetterCount());
  }

  /**
   * Drops read models that are ahead of the event store's head: the store was replaced or emptied
   * (another EVENT_STORE_URL, a restored backup), so what they hold no longer matches it. Call before start().
   */
  reconcileWith(head: Position | undefined): string[] {
    const dropped = [...this.workers.values()].filter((worker) => worker.reconcileWith(head)).map((worker) => worker.processor.name);
    if (dropped.length > 0) this.logger.warn('read models were ahead of the event store; rebuilding them', { readModels: dropped });
    return dropped;
  }

  start(): void {
    for (const worker of this.workers.values()) worker.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    this.waiters.abandonAll();
  }

  /** Resolves once every processor has applied the event at `position` (false if the timeout passes first). */
  waitFor(position: Position, timeoutMs = 5000): Promise<boolean> {
    const current = this.position;
    if (current && comparePositions(current, position) >= 0) return Promise.resolve(true);
    return this.waiters.wait(position, timeoutMs);
  }

  openDeadLetterCount(): number {
    return this.store.openDeadLetterCount();
  }

  listDeadLetters(query: DeadLetterQuery = {}): { open: number; deadLetters: DeadLetter[] } {
    return { open: this.store.openDeadLetterCount(), deadLetters: this.store.deadLetters(query) };
  }

  async replayDeadLetter(id: number, by: string): Promise<DeadLetter> {
    const letter = this.store.deadLetter(id);
    if (!letter) throw processingErrors.deadLetterNotFound(id);
    if (letter.resolution) throw processingErrors.alreadyResolved(id);
    const worker = this.workers.get(letter.processor);
    if (!worker) throw processingErrors.unknownProcessor(letter.processor);
    await worker.replay(id, by);
    return this.store.deadLetter(id) ?? letter;
  }

  private committed(changes: readonly ReadModelChange[]): void {
    const position = this.position;
    if (position) {
      this.options.onProgress?.(position);
      this.waiters.release(position);
    }
    if (changes.length > 0) this.options.onChanges?.(changes);
  }
}
