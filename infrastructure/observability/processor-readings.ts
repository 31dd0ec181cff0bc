import type { EventStore, Position } from '../../application/shared/event-store';
import type { DeadLetterQuery } from '../../application/shared/processing';
import type { ProcessorReading, ProcessorReadings } from './prometheus-metrics';

/** What the gauges need of the processors' runner (ProjectionRunner): the health report and the dead letters. */
export interface WatchedProcessors {
  health(head: Position | undefined): Promise<{ readonly processors: ReadonlyArray<{ readonly name: string; readonly lagEvents: number }> }>;
  listDeadLetters(query: DeadLetterQuery): { readonly deadLetters: ReadonlyArray<{ readonly processor: string }> };
}

/** Open dead letters counted per scrape; beyond this many the gauge is a lower bound. */
const deadLetterScan = 10_000;

/**
 * One reading per processor at each scrape: its lag in events behind the head, counted as health counts it
 * (reading at most PROCESSOR_LAG_LIMIT + 1 events, so a lag past the limit shows as limit + 1), and its open
 * dead letters.
 */
export function processorReadings(store: EventStore, processors: WatchedProcessors): ProcessorReadings {
  return async () => {
    const health = await processors.health(await store.headPosition());
    const open = new Map<string, number>();
    for (const letter of processors.listDeadLetters({ state: 'open', limit: deadLetterScan }).deadLetters) {
      open.set(letter.processor, (open.get(letter.processor) ?? 0) + 1);
    }
    return health.processors.map(
      (processor): ProcessorReading => ({ processor: processor.name, lagEvents: processor.lagEvents, deadLetters: open.get(processor.name) ?? 0 }),
    );
  };
}
