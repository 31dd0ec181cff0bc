import type { HealthReasonDto, ProcessorHealthDto } from './health-report.dto';

/** One processor as admins see it: its health, and the error it is retrying on. */
export interface ProcessorDetailDto extends ProcessorHealthDto {
  /** The error of its last failure while retrying (null when it is not retrying). */
  readonly lastError: string | null;
}

/**
 * GET /api/admin/processors (admins only): what GET /api/health says, with the raw errors it leaves out.
 * The dead letters' own errors are in GET /api/admin/dead-letters.
 */
export interface ProcessorsReportDto {
  readonly status: 'ok' | 'degraded' | 'down';
  readonly reasons: readonly HealthReasonDto[];
  readonly eventStore: {
    readonly kind: string;
    readonly reachable: boolean;
    /** How long asking for the head took (null when unreachable). */
    readonly latencyMs: number | null;
    /** Encoded position of the last event (null on an empty or unreachable store). */
    readonly head: string | null;
    /** Why it is unreachable (null when reachable). */
    readonly error: string | null;
  };
  /** The lowest position every processor has reached. */
  readonly position: string | null;
  readonly processors: readonly ProcessorDetailDto[];
  /** PROCESSOR_LAG_LIMIT */
  readonly lagLimit: number;
  readonly deadLetters: { readonly open: number };
}
