import { InMemoryEventStore } from '../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { PrometheusMetrics } from '../../infrastructure/observability/prometheus-metrics';
import { TimedEventStore } from '../../infrastructure/observability/timed-event-store.decorator';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('timed (metrics decorator over in memory)', async () => {
  const store = new TimedEventStore(new InMemoryEventStore(), new PrometheusMetrics());
  return { store, dispose: () => store.close() };
});
