import type { Position } from '../event-store';
import type { ProcessorKind } from './event-processor';

/**
 * idle: not started; running: subscribed and committing; retrying: its subscription or its last commit
 * failed and it is waiting to try again; stopped: stopped on purpose (shutdown).
 */
export type ProcessorState = 'idle' | 'running' | 'retrying' | 'stopped';

export interface ProcessorStatus {
  readonly name: string;
  readonly kind: ProcessorKind;
  readonly state: ProcessorState;
  /** The last position committed; undefined: nothing applied yet. */
  readonly position: Position | undefined;
  /** Consecutive failures since it last made progress (0 when healthy). */
  readonly failures: number;
  /** What failed last while retrying: its subscription, or the commit of a batch. */
  readonly failing: 'subscription' | 'commit' | undefined;
  readonly lastError: string | undefined;
}
