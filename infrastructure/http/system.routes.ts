import { comparePositions, encodePosition, type EventStore } from '../../application/shared/event-store';
import type { ProjectionRunner } from '../../application/shared/projections';
import type { HealthReasonDto, HealthReportDto } from '../../application/shared/health-report.dto';
import { defineRoute, type AnyRouteDefinition } from './route-definition';
import { systemPolicies } from '../../application/shared/system.policies';
import type { OpenApiDocument } from './openapi/openapi-document.types';
import { responseSchema } from './openapi/response-schemas';

const healthSchema = responseSchema('HealthReportDto');

/** GET /api/health and GET /api/openapi.json; both public. */
export function systemRoutes(store: EventStore, runner: ProjectionRunner, openApi: () => OpenApiDocument): AnyRouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Health for a load balancer: event store reachability, every processor and its lag, dead letters',
      tags: ['system'],
      policy: systemPolicies.health,
      responses: {
        200: { description: 'Healthy: the event store answers and every processor runs within the lag limit (open dead letters are only counted)', schema: healthSchema },
        503: { description: 'Event store unreachable, or a processor stopped, retrying or lagging beyond PROCESSOR_LAG_LIMIT (see reasons)', schema: healthSchema },
      },
      handle: async () => {
        const started = performance.now();
        let head = await store.headPosition().then(
          (position) => ({ ok: true as const, position }),
          (error: unknown) => ({ ok: false as const, error: String(error) }),
        );
        const latencyMs = Math.round((performance.now() - started) * 10) / 10;
        // Counting a lag reads the store too: a store that fails then is as unreachable as one that fails first.
        const processors = await runner.health(head.ok ? head.position : undefined).catch((error: unknown) => {
          head = { ok: false as const, error: String(error) };
          return runner.health(undefined);
        });
        const position = runner.position;
        const caughtUp = head.ok && (head.position === undefined || (position !== undefined && comparePositions(position, head.position) >= 0));
        const reasons: HealthReasonDto[] = [
          ...(head.ok ? [] : [{ code: 'EVENT_STORE_UNREACHABLE' as const, message: `イベントストアに接続できません（${head.error}）。` }]),
          ...processors.reasons,
        ];
        const healthy = head.ok && processors.healthy;
        const body: HealthReportDto = {
          status: !head.ok ? 'down' : healthy ? 'ok' : 'degraded',
          reasons,
          eventStore: head.ok
            ? { kind: store.kind, reachable: true, latencyMs, head: head.position ? encodePosition(head.position) : null }
            : { kind: store.kind, reachable: false, error: head.error },
          projections: {
            position: position ? encodePosition(position) : null,
            caughtUp,
            ...(head.ok ? { lagEvents: Math.max(0, ...processors.processors.map((p) => p.lagEvents)) } : {}),
            ...(runner.failure ? { error: runner.failure } : {}),
          },
          processors: processors.processors.map((p) => ({
            name: p.name,
            kind: p.kind,
            state: p.state,
            position: p.position ? encodePosition(p.position) : null,
            lagEvents: head.ok ? p.lagEvents : null,
            lagBeyondLimit: p.lagBeyondLimit,
            failures: p.failures,
            ...(p.failing ? { failing: p.failing } : {}),
            ...(p.lastError ? { lastError: p.lastError } : {}),
          })),
          lagLimit: processors.lagLimit,
          deadLetters: { open: processors.openDeadLetters },
          uptimeSeconds: Math.round(process.uptime()),
        };
        return { status: healthy ? 200 : 503, body };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API described in OpenAPI 3.1',
      tags: ['system'],
      policy: systemPolicies.openApi,
      responses: { 200: { description: 'OpenAPI document', schema: responseSchema('OpenApiDocument') } },
      handle: () => ({ status: 200, body: openApi() }),
    }),
  ];
}
