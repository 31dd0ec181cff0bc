export const ObservabilityTokens = {
  /** The server's Prometheus instruments and registry (PrometheusMetrics). */
  metrics: Symbol.for('madoguchi.observability.Metrics'),
} as const;
