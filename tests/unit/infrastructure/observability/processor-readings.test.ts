import type { EventStore, Position } from '../../../../application/shared/event-store';
import { processorReadings, type WatchedProcessors } from '../../../../infrastructure/observability/processor-readings';

const head: Position = { commit: 41n, prepare: 41n };

describe('processor readings for the lag and dead-letter gauges', () => {
  it('gives each processor its lag from the health report against the head, and its open dead letters', async () => {
    const asked: Array<Position | undefined> = [];
    const processors: WatchedProcessors = {
      health: (at) => {
        asked.push(at);
        return Promise.resolve({ processors: [{ name: 'visit-board', lagEvents: 12 }, { name: 'visit-workspace', lagEvents: 0 }, { name: 'reaction', lagEvents: 1001 }] });
      },
      listDeadLetters: (query) => {
        expect(query).toMatchObject({ state: 'open' });
        return { deadLetters: [{ processor: 'visit-board' }, { processor: 'reaction' }, { processor: 'visit-board' }] };
      },
    };
    const store = { kind: 'sqlite', headPosition: () => Promise.resolve(head) } as EventStore;
    expect(await processorReadings(store, processors)()).toEqual([
      { processor: 'visit-board', lagEvents: 12, deadLetters: 2 },
      { processor: 'visit-workspace', lagEvents: 0, deadLetters: 0 },
      { processor: 'reaction', lagEvents: 1001, deadLetters: 1 },
    ]);
    expect(asked).toEqual([head]);
  });
});
