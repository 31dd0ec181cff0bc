import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '../../application/shared/event-store';
import { SqliteEventStore } from '../../infrastructure/event-store/sqlite/sqlite-event-store.adapter';

export interface AppendBenchResult {
  readonly concurrency: number;
  readonly appends: number;
  readonly appendsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const event = (): NewEvent => ({
  type: 'VisitOpened',
  data: { visitId: randomUUID(), officeId: 'honcho', departmentId: 'shimin-toroku', counterId: 'shimin-toroku-01', openedAt: new Date().toISOString(), openedBy: 'bench' },
  metadata: { eventId: randomUUID(), occurredAt: new Date().toISOString(), actor: 'bench', correlationId: randomUUID(), causationId: null, schemaVersion: 1 },
});

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Durable appends (synchronous=FULL) of one event each to new streams, `concurrency` at a time, for `seconds`. */
export async function benchSqliteAppends(concurrency: number, seconds: number): Promise<AppendBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await store.append(`visit-${randomUUID()}`, [event()], 'no_stream');
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    appends: latencies.length,
    appendsPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

export const round = (n: number): number => Math.round(n * 100) / 100;
