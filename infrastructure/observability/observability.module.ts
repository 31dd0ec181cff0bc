import { ContainerModule } from 'inversify';
import type { EventStore } from '../../application/shared/event-store';
import type { ProjectionRunner } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { ObservabilityTokens } from './observability.tokens';
import { processorReadings } from './processor-readings';
import { PrometheusMetrics } from './prometheus-metrics';

/**
 * The server's metrics (one registry per container) and the processor gauges' source: when the projection
 * runner is created, the gauges start reading its position against the event store's head.
 * Dead letters: pass `deadLetters` to processorReadings once processors keep a dead-letter store.
 */
export const observabilityModule = new ContainerModule(({ bind, onActivation }) => {
  bind(ObservabilityTokens.metrics).toConstantValue(new PrometheusMetrics());
  onActivation<ProjectionRunner>(SharedTokens.projectionRunner, (context, runner) => {
    const metrics = context.get<PrometheusMetrics>(ObservabilityTokens.metrics);
    const store = context.get<EventStore>(SharedTokens.eventStore);
    metrics.watchProcessors(processorReadings({ store, processors: () => [{ name: 'projections', position: runner.position }] }));
    return runner;
  });
});
