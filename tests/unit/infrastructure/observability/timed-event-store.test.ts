import { InMemoryEventStore } from '../../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { PrometheusMetrics } from '../../../../infrastructure/observability/prometheus-metrics';
import { TimedEventStore } from '../../../../infrastructure/observability/timed-event-store.decorator';
import { newEvent } from '../../../support/new-event';

describe('the timing decorator of the event store', () => {
  it('observes each call by operation and outcome, a lost race as a conflict', async () => {
    const metrics = new PrometheusMetrics();
    const store = new TimedEventStore(new InMemoryEventStore(), metrics);
    await store.append('visit-1', [newEvent('VisitOpened')], 'no_stream');
    await expect(store.append('visit-1', [newEvent('VisitOpened')], 'no_stream')).rejects.toThrow();
    expect(await store.readStream('visit-1')).toHaveLength(1);
    await store.readAll();
    await store.headPosition();
    const text = await metrics.exposition();
    const count = (labels: string) => Number(new RegExp(`madoguchi_event_store_operation_duration_seconds_count\\{${labels}\\} (\\d+)`).exec(text)?.[1]);
    expect(count('store="memory",operation="append",outcome="ok"')).toBe(1);
    expect(count('store="memory",operation="append",outcome="conflict"')).toBe(1);
    expect(count('store="memory",operation="readStream",outcome="ok"')).toBe(1);
    expect(count('store="memory",operation="readAll",outcome="ok"')).toBe(1);
    expect(count('store="memory",operation="headPosition",outcome="ok"')).toBe(1);
    await store.close();
  });
});
