import { comparePositions, encodePosition, type EventStore } from '../../application/shared/event-store';
import type { ProjectionRunner } from '../../application/shared/projections';
import { defineRoute, type AnyRouteDefinition, type JsonSchema } from './route-definition';
import { systemPolicies } from '../../application/shared/system.policies';

const healthSchema: JsonSchema = {
  type: 'object',
  properties: {
    status: { enum: ['ok', 'degraded', 'down'] },
    eventStore: { type: 'object' },
    projections: { type: 'object' },
    uptimeSeconds: { type: 'number' },
  },
};

/** GET /api/health and GET /api/openapi.json; both public. */
export function systemRoutes(store: EventStore, runner: ProjectionRunner, openApi: () => JsonSchema): AnyRouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Health: event store reachability and projection lag',
      tags: ['system'],
      policy: systemPolicies.health,
      responses: { 200: { description: 'Healthy or catching up', schema: healthSchema }, 503: { description: 'Event store unreachable', schema: healthSchema } },
      handle: async () => {
        const started = performance.now();
        const head = await store.headPosition().then(
          (position) => ({ ok: true as const, position }),
          (error: unknown) => ({ ok: false as const, error: String(error) }),
        );
        const latencyMs = Math.round((performance.now() - started) * 10) / 10;
        const position = runner.position;
        const caughtUp = head.ok && (head.position === undefined || (position !== undefined && comparePositions(position, head.position) >= 0));
        const lagEvents = head.ok && head.position && store.kind !== 'eventstoredb'
          ? Number(head.position.commit - (position?.commit ?? -1n))
          : undefined;
        const status = !head.ok ? 'down' : runner.failure ? 'degraded' : 'ok';
        return {
          status: head.ok ? 200 : 503,
          body: {
            status,
            eventStore: head.ok
              ? { kind: store.kind, reachable: true, latencyMs, head: head.position ? encodePosition(head.position) : null }
              : { kind: store.kind, reachable: false, error: head.error },
            projections: {
              position: position ? encodePosition(position) : null,
              caughtUp,
              ...(lagEvents !== undefined ? { lagEvents } : {}),
              ...(runner.failure ? { error: String(runner.failure) } : {}),
            },
            uptimeSeconds: Math.round(process.uptime()),
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API described in OpenAPI 3.1',
      tags: ['system'],
      policy: systemPolicies.openApi,
      responses: { 200: { description: 'OpenAPI document', schema: { type: 'object' } } },
      handle: () => ({ status: 200, body: openApi() }),
    }),
  ];
}
