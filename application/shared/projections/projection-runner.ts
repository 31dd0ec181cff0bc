import {
  type AllSubscription,
  comparePositions,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '../event-store';
import type { Logger } from '../ports';
import type { AnyDocumentProjection } from './document-projection';
import type { ReadModelChange } from './read-model-change';
import type { DocumentChange, ProjectionCheckpoint, ReadModelStore } from './read-model-store.port';
import { PositionWaiters } from './position-waiters';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  readonly onChanges?: (changes: readonly ReadModelChange[]) => void;
  readonly onProgress?: (position: Position) => void;
}

/**
 * Feeds read models from the event store: one subscription to all events from the lowest checkpoint;
 * events are applied in batches, and each batch's documents and checkpoints commit in one transaction,
 * so a crash never skips or repeats an event. A projection whose version changed is rebuilt from 0.
 */
export class ProjectionRunner {
  private readonly checkpoints = new Map<string, ProjectionCheckpoint>();
  private readonly waiters = new PositionWaiters();
  private subscription: AllSubscription | undefined;
  private running: Promise<void> | undefined;
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;
  private lastError: unknown;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadModelStore,
    private readonly projections: readonly AnyDocumentProjection[],
    private readonly logger: Logger,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    for (const projection of projections) {
      const stored = store.checkpoint(projection.readModel);
      if (!stored || stored.version !== projection.version) {
        if (stored) logger.info('projection version changed: rebuilding', { readModel: projection.readModel });
        store.reset(projection.readModel, projection.version);
        this.checkpoints.set(projection.readModel, { readModel: projection.readModel, version: projection.version, position: undefined });
      } else {
        this.checkpoints.set(projection.readModel, stored);
      }
    }
  }

  /** The lowest position every read model has reached (undefined: some have applied nothing). */
  get position(): Position | undefined {
    let lowest: Position | undefined;
    for (const checkpoint of this.checkpoints.values()) {
      if (!checkpoint.position) return undefined;
      if (!lowest || comparePositions(checkpoint.position, lowest) < 0) lowest = checkpoint.position;
    }
    return lowest;
  }

  get failure(): unknown {
    return this.lastError;
  }

  /**
   * Drops read models that are ahead of the event store's head: the store was replaced or emptied
   * (another EVENT_STORE_URL, a restored backup), so what they hold no longer matches it. Call before start().
   */
  reconcileWith(head: Position | undefined): string[] {
    const dropped: string[] = [];
    for (const projection of this.projections) {
      const checkpoint = this.checkpoints.get(projection.readModel);
      if (!checkpoint?.position) continue;
      if (head && comparePositions(checkpoint.position, head) <= 0) continue;
      this.store.reset(projection.readModel, projection.version);
      this.checkpoints.set(projection.readModel, { readModel: projection.readModel, version: projection.version, position: undefined });
      dropped.push(projection.readModel);
    }
    if (dropped.length > 0) this.logger.warn('read models were ahead of the event store; rebuilding them', { readModels: dropped });
    return dropped;
  }

  start(): void {
    if (this.running) return;
    this.subscription = this.events.subscribeToAll(this.position ? { after: this.position } : {});
    this.running = this.consume(this.subscription);
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.running;
    this.flush();
    this.running = undefined;
    this.waiters.abandonAll();
  }

  /** Resolves once every read model has applied the event at `position` (or the timeout passes). */
  waitFor(position: Position, timeoutMs = 5000): Promise<boolean> {
    const current = this.position;
    if (current && comparePositions(current, position) >= 0) return Promise.resolve(true);
    return this.waiters.wait(position, timeoutMs);
  }

  private async consume(subscription: AllSubscription): Promise<void> {
    try {
      for await (const event of subscription) {
        this.buffer.push(event);
        if (this.buffer.length >= (this.options.batchSize ?? 500)) this.flush();
        else if (!this.flushScheduled) {
          this.flushScheduled = true;
          setImmediate(() => this.flush());
        }
      }
    } catch (error) {
      this.lastError = error;
      this.logger.error('projection subscription failed', { error: String(error) });
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.buffer;
    if (batch.length === 0) return;
    this.buffer = [];
    const { changes, announced } = this.applyBatch(batch);
    const last = batch[batch.length - 1]!.position;
    const checkpoints = [...this.checkpoints.values()].map((c) => ({ ...c, position: last }));
    try {
      this.store.commit(changes, checkpoints);
    } catch (error) {
      this.lastError = error;
      this.logger.error('read model commit failed; stopping the runner', { error: String(error) });
      void this.subscription?.close();
      return;
    }
    for (const checkpoint of checkpoints) this.checkpoints.set(checkpoint.readModel, checkpoint);
    this.lastError = undefined;
    this.options.onProgress?.(last);
    if (announced.length > 0) this.options.onChanges?.(announced);
    this.waiters.release(last);
  }

  private applyBatch(batch: readonly RecordedEvent[]): { changes: DocumentChange[]; announced: ReadModelChange[] } {
    const staged = new Map<string, DocumentChange>();
    const announced = new Map<string, ReadModelChange>();
    for (const projection of this.projections) {
      const from = this.checkpoints.get(projection.readModel)?.position;
      for (const event of batch) {
        if (from && comparePositions(event.position, from) <= 0) continue;
        if (!projection.eventTypes.includes(event.type)) continue;
        for (const key of this.safeKeys(projection, event)) {
          const id = `${projection.readModel}\u0000${key}`;
          const before = staged.has(id) ? staged.get(id)!.doc : this.store.get(projection.readModel, key);
          const after = this.safeEvolve(projection, before, event, key);
          staged.set(id, { readModel: projection.readModel, key, doc: after });
          announced.set(id, { readModel: projection.readModel, key, position: event.position });
        }
      }
    }
    return { changes: [...staged.values()], announced: [...announced.values()] };
  }

  private safeKeys(projection: AnyDocumentProjection, event: RecordedEvent): readonly string[] {
    try {
      return projection.keysOf(event);
    } catch (error) {
      this.logger.error('projection could not key an event; skipped', { readModel: projection.readModel, type: event.type, error: String(error) });
      return [];
    }
  }

  private safeEvolve(projection: AnyDocumentProjection, doc: unknown, event: RecordedEvent, key: string): unknown {
    try {
      return projection.evolve(doc, event, key);
    } catch (error) {
      this.logger.error('projection failed on an event; document kept', { readModel: projection.readModel, type: event.type, error: String(error) });
      return doc;
    }
  }
}
