import { comparePositions, encodePosition, type Position } from '../event-store';
import type { ProcessorStatus } from './processor-status';

export type ProcessorHealthCode = 'PROCESSOR_STOPPED' | 'PROCESSOR_RETRYING' | 'PROCESSOR_LAGGING';

/** Why a processor makes the instance unhealthy, in words for the operator: public, so never a raw error. */
export interface ProcessorHealthReason {
  readonly code: ProcessorHealthCode;
  readonly processor: string;
  /** Japanese, for the operator. */
  readonly message: string;
  readonly lagEvents?: number;
}

export interface ProcessorReport extends ProcessorStatus {
  /** Events between its checkpoint and the head (0 on an empty store). */
  readonly lagEvents: number;
  /** The lag passed the limit: lagEvents is then only a lower bound (limit + 1). */
  readonly lagBeyondLimit: boolean;
}

export interface ProcessorsHealth {
  /** False when a processor is stopped, retrying, or lags beyond the limit (dead letters alone do not count). */
  readonly healthy: boolean;
  readonly lagLimit: number;
  readonly processors: readonly ProcessorReport[];
  readonly reasons: readonly ProcessorHealthReason[];
  readonly openDeadLetters: number;
}

/** How many events lie after `position` (from the start when undefined), counting no more than `max`. */
export type CountEventsAfter = (position: Position | undefined, max: number) => Promise<number>;

/**
 * Judges every processor against the event store's head. Lag is counted in events by reading at most
 * lagLimit + 1 of them, and only for processors behind the head; a processor further behind one already
 * past the limit is past it too, so it costs no read.
 */
export async function assessProcessors(
  statuses: readonly ProcessorStatus[],
  head: Position | undefined,
  lagLimit: number,
  countAfter: CountEventsAfter,
  openDeadLetters: number,
): Promise<ProcessorsHealth> {
  const lags = await lagsOf(statuses, head, lagLimit, countAfter);
  const reasons: ProcessorHealthReason[] = [];
  const processors = statuses.map((status): ProcessorReport => {
    const lagEvents = lags.get(key(status.position)) ?? 0;
    const lagBeyondLimit = lagEvents > lagLimit;
    if (status.state === 'idle' || status.state === 'stopped') {
      reasons.push({ code: 'PROCESSOR_STOPPED', processor: status.name, message: `処理「${status.name}」は停止しています。` });
    } else if (status.state === 'retrying') {
      const what = status.failing === 'commit' ? '読み取りモデルへの書き込み' : 'イベントの購読';
      reasons.push({
        code: 'PROCESSOR_RETRYING',
        processor: status.name,
        // The error itself stays out (GET /api/health is public): admins read it in GET /api/admin/processors.
        message: `処理「${status.name}」は${what}に失敗し、再試行しています（連続${status.failures}回）。`,
      });
    }
    if (lagBeyondLimit) {
      reasons.push({
        code: 'PROCESSOR_LAGGING',
        processor: status.name,
        message: `処理「${status.name}」はイベントストアの最新から${lagLimit}件を超えて遅れています（上限${lagLimit}件）。`,
        lagEvents,
      });
    }
    return { ...status, lagEvents, lagBeyondLimit };
  });
  return { healthy: reasons.length === 0, lagLimit, processors, reasons, openDeadLetters };
}

function key(position: Position | undefined): string {
  return position ? encodePosition(position) : 'start';
}

async function lagsOf(
  statuses: readonly ProcessorStatus[],
  head: Position | undefined,
  lagLimit: number,
  countAfter: CountEventsAfter,
): Promise<Map<string, number>> {
  const lags = new Map<string, number>();
  if (head === undefined) return lags;
  const behind = new Map<string, Position | undefined>();
  for (const { position } of statuses) {
    if (position && comparePositions(position, head) >= 0) lags.set(key(position), 0);
    else behind.set(key(position), position);
  }
  // Nearest the head first: once one is past the limit, every one further behind is too.
  const ordered = [...behind.entries()].sort(([, a], [, b]) => (a === undefined ? 1 : b === undefined ? -1 : comparePositions(b, a)));
  let pastLimit = false;
  for (const [name, position] of ordered) {
    const lag = pastLimit ? lagLimit + 1 : Math.min(lagLimit + 1, await countAfter(position, lagLimit + 1));
    if (lag > lagLimit) pastLimit = true;
    lags.set(name, lag);
  }
  return lags;
}
