import type { RequestHandler } from 'express';
import type { Logger } from '../../application/shared/ports';
import { assignCorrelationId } from '../http/correlation-id';
import type { AnyRouteDefinition } from '../http/route-definition';
import type { CommandResult, PrometheusMetrics } from './prometheus-metrics';
import { routePatternOf } from './route-pattern';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * First middleware of the app: gives the request its correlation id (the client's only when acceptable),
 * then, once the response is sent, writes one log line per API request and counts it in the metrics.
 * The line carries method, route pattern, status, duration, use case, the acting staff id (set by the route
 * mount after authentication) and the correlation id: no raw path, query, body or header.
 * `routes` is read at the first request, so routes added after this middleware count too.
 */
export function observeRequests(logger: Logger, metrics: PrometheusMetrics, routes: readonly AnyRouteDefinition[]): RequestHandler {
  let useCases: ReadonlyMap<string, string> | undefined;
  const useCaseOf = (method: string, route: string) =>
    (useCases ??= new Map(routes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r.policy.useCase]))).get(`${method} ${route}`);

  return (req, res, next) => {
    const started = performance.now();
    const correlationId = assignCorrelationId(req, res);
    const api = req.path.startsWith('/api/');
    res.on('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = api ? routePatternOf(req) : 'ui';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      if (!api) return;
      const useCase = useCaseOf(req.method, route);
      if (useCase && !readMethods.has(req.method)) metrics.commandResults.inc({ use_case: useCase, result: commandResult(res.statusCode) });
      logger.info('http request', {
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        useCase: useCase ?? null,
        staffId: (res.locals['staffId'] as string | undefined) ?? null,
        correlationId,
      });
    });
    next();
  };
}

function commandResult(status: number): CommandResult {
  if (status < 400) return 'success';
  if (status === 409) return 'conflict';
  if (status === 412) return 'stale';
  if (status < 500) return 'rejected';
  return 'error';
}
