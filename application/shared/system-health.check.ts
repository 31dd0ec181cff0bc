import { comparePositions, type EventStore, type Position } from './event-store';
import { errorMessageOf } from './processing/dead-letter';
import type { ProcessorHealthCode, ProcessorsHealth } from './processing/processor-health';
import type { ProcessorStatus } from './processing/processor-status';

/** Why the instance is unhealthy: a stable code and a Japanese message, never a raw error (public). */
export interface HealthReason {
  readonly code: 'EVENT_STORE_UNREACHABLE' | ProcessorHealthCode;
  readonly processor?: string;
  readonly message: string;
  readonly lagEvents?: number;
}

export type EventStoreReading =
  | { readonly reachable: true; readonly latencyMs: number; readonly head: Position | undefined }
  /** `error` is the raw message: for admins only (GET /api/admin/processors). */
  | { readonly reachable: false; readonly error: string };

/** One health check: what GET /api/health shows, and, for admins only, the raw errors behind it. */
export interface SystemHealth {
  readonly status: 'ok' | 'degraded' | 'down';
  readonly healthy: boolean;
  readonly reasons: readonly HealthReason[];
  readonly eventStoreKind: string;
  readonly eventStore: EventStoreReading;
  readonly processors: ProcessorsHealth;
  /** The lowest position every processor has reached. */
  readonly position: Position | undefined;
  readonly caughtUp: boolean;
}

/** What the check needs of the projection runner. */
export interface HealthOfProcessors {
  readonly position: Position | undefined;
  statuses(): ProcessorStatus[];
  health(head: Position | undefined): Promise<ProcessorsHealth>;
  openDeadLetterCount(): number;
}

export interface SystemHealthCheckOptions {
  /** A check is reused for this long while no processor changed state. Default 1000 ms. */
  readonly maxAgeMs?: number;
  /** Milliseconds, monotonic. */
  readonly now?: () => number;
}

/**
 * The instance's health: the event store's head (and how long asking took) and every processor judged
 * against it. GET /api/health is public and called by load balancers, and a check reads the event store
 * (its head, and up to PROCESSOR_LAG_LIMIT + 1 events per lagging processor), so a check is shared:
 * callers within maxAgeMs of the last one get its answer (concurrent callers share one check), unless a
 * processor changed state or the count of open dead letters changed since (both read from memory and the
 * local read-model database, not from the event store), so a stop or a failure shows at once.
 */
export class SystemHealthCheck {
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private cached: { readonly at: number; readonly fingerprint: string; readonly health: Promise<SystemHealth> } | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly processors: HealthOfProcessors,
    options: SystemHealthCheckOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
  }

  check(): Promise<SystemHealth> {
    const fingerprint = this.fingerprint();
    const cached = this.cached;
    if (cached && cached.fingerprint === fingerprint && this.now() - cached.at < this.maxAgeMs) return cached.health;
    const health = this.compute();
    this.cached = { at: this.now(), fingerprint, health };
    return health;
  }

  private fingerprint(): string {
    const states = this.processors.statuses().map((s) => `${s.name}:${s.state}:${s.failing ?? ''}`);
    return `${states.join(',')}|${this.processors.openDeadLetterCount()}`;
  }

  private async compute(): Promise<SystemHealth> {
    const started = this.now();
    let eventStore: EventStoreReading = await this.store.headPosition().then(
      (head): EventStoreReading => ({ reachable: true, latencyMs: Math.round((this.now() - started) * 10) / 10, head }),
      (error: unknown): EventStoreReading => ({ reachable: false, error: errorMessageOf(error) }),
    );
    // Counting a lag reads the store too: a store that fails then is as unreachable as one that fails first.
    const processors = await this.processors.health(eventStore.reachable ? eventStore.head : undefined).catch((error: unknown) => {
      eventStore = { reachable: false, error: errorMessageOf(error) };
      return this.processors.health(undefined);
    });
    const position = this.processors.position;
    const caughtUp = eventStore.reachable && (eventStore.head === undefined || (position !== undefined && comparePositions(position, eventStore.head) >= 0));
    const reasons: HealthReason[] = [
      ...(eventStore.reachable ? [] : [{ code: 'EVENT_STORE_UNREACHABLE' as const, message: 'イベントストアに接続できません。' }]),
      ...processors.reasons,
    ];
    const healthy = eventStore.reachable && processors.healthy;
    return {
      status: !eventStore.reachable ? 'down' : healthy ? 'ok' : 'degraded',
      healthy,
      reasons,
      eventStoreKind: this.store.kind,
      eventStore,
      processors,
      position,
      caughtUp,
    };
  }
}
