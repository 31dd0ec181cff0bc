import type { EventStore, Position } from '../../../../application/shared/event-store';
import { processorReadings } from '../../../../infrastructure/observability/processor-readings';

const at = (commit: bigint): Position => ({ commit, prepare: commit });

function storeAt(head: Position | undefined, kind = 'sqlite'): EventStore {
  return { kind, headPosition: () => Promise.resolve(head) } as EventStore;
}

describe('processor readings for the lag and dead-letter gauges', () => {
  it('counts the events a processor has not applied: head minus position, all of them before the first', async () => {
    const read = processorReadings({
      store: storeAt(at(41n)),
      processors: () => [
        { name: 'projections', position: at(29n) },
        { name: 'fresh', position: undefined },
        { name: 'caught-up', position: at(41n) },
      ],
    });
    expect(await read()).toEqual([
      { processor: 'projections', lagEvents: 12, deadLetters: undefined },
      { processor: 'fresh', lagEvents: 42, deadLetters: undefined },
      { processor: 'caught-up', lagEvents: 0, deadLetters: undefined },
    ]);
  });

  it('reports no lag where positions are not event counts (EventStoreDB), and dead letters through the hook', async () => {
    const read = processorReadings({
      store: storeAt(at(900_000n), 'eventstoredb'),
      processors: () => [{ name: 'projections', position: at(100n) }],
      deadLetters: (processor) => (processor === 'projections' ? 2 : undefined),
    });
    expect(await read()).toEqual([{ processor: 'projections', lagEvents: undefined, deadLetters: 2 }]);
  });
});
