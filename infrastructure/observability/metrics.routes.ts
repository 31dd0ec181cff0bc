import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { observabilityPolicies } from '../../application/shared/observability.policies';
import { HttpProblem } from '../http/http-problem';
import { type AnyRouteDefinition, defineRoute } from '../http/route-definition';
import type { PrometheusMetrics } from './prometheus-metrics';

/** GET /api/metrics: the Prometheus text exposition; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
export function metricsRoutes(metrics: PrometheusMetrics, token: string | undefined): AnyRouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/metrics',
      summary: 'Prometheus metrics (text exposition format); a bearer token is required when METRICS_TOKEN is set',
      tags: ['system'],
      policy: observabilityPolicies.metrics,
      responses: {
        200: { description: 'Metrics', contentType: 'text/plain; version=0.0.4', schema: { type: 'string' } },
        401: { description: 'METRICS_TOKEN is set and the request does not carry it' },
      },
      handle: async ({ req, res }) => {
        if (token !== undefined) requireToken(req, res, token);
        const text = await metrics.exposition();
        return { status: 200, body: Buffer.from(text), headers: { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' } };
      },
    }),
  ];
}

function requireToken(req: Request, res: Response, token: string): void {
  const offered = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
  if (!timingSafeEqual(digest(offered), digest(token))) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    throw new HttpProblem(401, 'METRICS.TOKEN_REQUIRED', 'メトリクスを取得するには、設定されたトークンを Authorization: Bearer で送ってください。');
  }
}

/** Equal-length digests, so that the comparison takes the same time whatever was offered. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
