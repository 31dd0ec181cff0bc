import { comparePositions, encodePosition, type EventStore } from '../../application/shared/event-store';
import type { ProjectionRunner } from '../../application/shared/projections';
import { defineRoute, type AnyRouteDefinition, type JsonSchema } from './route-definition';
import { systemPolicies } from '../../application/shared/system.policies';

const reasonSchema: JsonSchema = {
  type: 'object',
  properties: {
    code: { enum: ['EVENT_STORE_UNREACHABLE', 'PROCESSOR_STOPPED', 'PROCESSOR_RETRYING', 'PROCESSOR_LAGGING'] },
    processor: { type: 'string' },
    message: { type: 'string', description: 'Japanese, for the operator' },
    lagEvents: { type: 'integer' },
  },
  required: ['code', 'message'],
};

const processorSchema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    kind: { enum: ['projection', 'reaction'] },
    state: { enum: ['idle', 'running', 'retrying', 'stopped'] },
    position: { type: ['string', 'null'] },
    lagEvents: { type: ['integer', 'null'], description: 'Events behind the head; a lower bound when lagBeyondLimit' },
    lagBeyondLimit: { type: 'boolean' },
    failures: { type: 'integer', description: 'Consecutive failures since it last made progress' },
    failing: { enum: ['subscription', 'commit'] },
    lastError: { type: 'string' },
  },
  required: ['name', 'kind', 'state', 'position', 'lagEvents', 'lagBeyondLimit', 'failures'],
};

const healthSchema: JsonSchema = {
  type: 'object',
  properties: {
    status: { enum: ['ok', 'degraded', 'down'] },
    reasons: { type: 'array', items: reasonSchema, description: 'Why the answer is 503 (empty when 200)' },
    eventStore: { type: 'object' },
    projections: { type: 'object', description: 'The lowest position every processor has reached' },
    processors: { type: 'array', items: processorSchema },
    lagLimit: { type: 'integer', description: 'PROCESSOR_LAG_LIMIT' },
    deadLetters: { type: 'object', properties: { open: { type: 'integer' } }, required: ['open'] },
    uptimeSeconds: { type: 'number' },
  },
  required: ['status', 'reasons', 'eventStore', 'projections', 'processors', 'lagLimit', 'deadLetters', 'uptimeSeconds'],
};

/** GET /api/health and GET /api/openapi.json; both public. */
export function systemRoutes(store: EventStore, runner: ProjectionRunner, openApi: () => JsonSchema): AnyRouteDefinition[] {
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
        const reasons = [
          ...(head.ok ? [] : [{ code: 'EVENT_STORE_UNREACHABLE', message: `イベントストアに接続できません（${head.error}）。` }]),
          ...processors.reasons,
        ];
        const healthy = head.ok && processors.healthy;
        return {
          status: healthy ? 200 : 503,
          body: {
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
