import type { ProcessorKind } from './processing/event-processor';
import type { ProcessorHealthCode } from './processing/processor-health';
import type { ProcessorState } from './processing/processor-status';

/** Why GET /api/health answers 503, in words for the operator (never a raw error: the route is public). */
export interface HealthReasonDto {
  readonly code: 'EVENT_STORE_UNREACHABLE' | ProcessorHealthCode;
  /** The processor concerned (absent for the event store). */
  readonly processor?: string;
  /** Japanese, for the operator. */
  readonly message: string;
  readonly lagEvents?: number;
}

export type EventStoreHealthDto =
  | {
      readonly kind: string;
      readonly reachable: true;
      /** How long asking for the head took. */
      readonly latencyMs: number;
      /** Encoded position of the last event (null on an empty store). */
      readonly head: string | null;
    }
  /** Why it is unreachable is for admins (GET /api/admin/processors), not in this public answer. */
  | { readonly kind: string; readonly reachable: false };

export interface ProcessorHealthDto {
  readonly name: string;
  readonly kind: ProcessorKind;
  readonly state: ProcessorState;
  /** The last position committed (null: nothing applied yet). */
  readonly position: string | null;
  /** Events behind the head, a lower bound when lagBeyondLimit; null when the event store is unreachable. */
  readonly lagEvents: number | null;
  readonly lagBeyondLimit: boolean;
  /** Consecutive failures since it last made progress. */
  readonly failures: number;
  /** What failed last while retrying (its error: GET /api/admin/processors). */
  readonly failing?: 'subscription' | 'commit';
}

/**
 * GET /api/health, with 200 (healthy) and 503 alike. Public (load balancers): status, reasons with their
 * codes and Japanese messages, lags and counts; no raw error text anywhere.
 */
export interface HealthReportDto {
  readonly status: 'ok' | 'degraded' | 'down';
  /** Why the answer is 503 (empty when 200). */
  readonly reasons: readonly HealthReasonDto[];
  readonly eventStore: EventStoreHealthDto;
  /** The lowest position every processor has reached. */
  readonly projections: {
    readonly position: string | null;
    readonly caughtUp: boolean;
    /** The largest lag of any processor (absent when the event store is unreachable). */
    readonly lagEvents?: number;
  };
  readonly processors: readonly ProcessorHealthDto[];
  /** PROCESSOR_LAG_LIMIT */
  readonly lagLimit: number;
  readonly deadLetters: { readonly open: number };
  readonly uptimeSeconds: number;
}
