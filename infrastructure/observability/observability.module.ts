import { ContainerModule } from 'inversify';
import type { EventStore } from '../../application/shared/event-store';
import type { ProjectionRunner } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { ObservabilityTokens } from './observability.tokens';
import { processorReadings } from './processor-readings';
import { PrometheusMetrics } from './prometheus-metrics';

/**
 * The server's metrics (one registry per container) and the processor gauges' source: once the runner of
 * the processors exists, each scrape reads its health report (lag per processor) and its open dead letters.
 */
export const observabilityModule = new ContainerModule(({ bind, onActivation }) => {
  bind(ObservabilityTokens.metrics).toConstantValue(new PrometheusMetrics());
  onActivation<ProjectionRunner>(SharedTokens.projectionRunner, (context, runner) => {
    const metrics = context.get<PrometheusMetrics>(ObservabilityTokens.metrics);
    metrics.watchProcessors(processorReadings(context.get<EventStore>(SharedTokens.eventStore), runner));
    return runner;
  });
});
