import { publicUseCase } from './access';

/**
 * Prometheus scrapes without a browser session, so the metrics are public to the guard; the route itself
 * requires the bearer token when METRICS_TOKEN is set (infrastructure/observability/metrics.routes.ts).
 */
export const observabilityPolicies = {
  metrics: publicUseCase('system.metrics'),
} as const;
