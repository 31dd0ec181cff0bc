import type { EventStore, Position } from '../../application/shared/event-store';
import type { ProcessorReading, ProcessorReadings } from './prometheus-metrics';

/** A processor as the gauges see it: a name and the position it has applied up to. */
export interface WatchedProcessor {
  readonly name: string;
  readonly position: Position | undefined;
}

export interface ProcessorSources {
  readonly store: EventStore;
  readonly processors: () => readonly WatchedProcessor[];
  /**
   * Hook for the dead-letter store: how many events each processor has set aside. Until processors keep
   * dead letters, leave it out and the dead-letter gauge stays absent.
   */
  readonly deadLetters?: (processor: string) => number | undefined | Promise<number | undefined>;
}

/**
 * Lag in events behind the head, as health computes it: the SQLite and in-memory stores number commits
 * densely, so head minus position counts the events not yet applied; EventStoreDB's positions are byte
 * offsets, so no lag is reported there.
 */
export function processorReadings(sources: ProcessorSources): ProcessorReadings {
  return async () => {
    const head = await sources.store.headPosition();
    const countable = sources.store.kind !== 'eventstoredb';
    return Promise.all(
      sources.processors().map(async (processor): Promise<ProcessorReading> => ({
        processor: processor.name,
        lagEvents: countable ? lagOf(processor.position, head) : undefined,
        deadLetters: sources.deadLetters ? await sources.deadLetters(processor.name) : undefined,
      })),
    );
  };
}

function lagOf(position: Position | undefined, head: Position | undefined): number {
  if (!head) return 0;
  return Math.max(0, Number(head.commit - (position?.commit ?? -1n)));
}
