import { encodePosition, type EventStore } from '../../application/shared/event-store';
import type { ProjectionRunner } from '../../application/shared/projections';
import type { HealthReportDto, ProcessorHealthDto } from '../../application/shared/health-report.dto';
import type { ProcessorReport } from '../../application/shared/processing';
import { processingPolicies } from '../../application/shared/processing.policies';
import type { ProcessorsReportDto } from '../../application/shared/processors-report.dto';
import { type SystemHealth, SystemHealthCheck } from '../../application/shared/system-health.check';
import { defineRoute, type AnyRouteDefinition } from './route-definition';
import { systemPolicies } from '../../application/shared/system.policies';
import type { OpenApiDocument } from './openapi/openapi-document.types';
import { responseSchema } from './openapi/response-schemas';

const healthSchema = responseSchema('HealthReportDto');

function processorBody(p: ProcessorReport, reachable: boolean): ProcessorHealthDto {
  return {
    name: p.name,
    kind: p.kind,
    state: p.state,
    position: p.position ? encodePosition(p.position) : null,
    lagEvents: reachable ? p.lagEvents : null,
    lagBeyondLimit: p.lagBeyondLimit,
    failures: p.failures,
    ...(p.failing ? { failing: p.failing } : {}),
  };
}

/** The public answer: status, reasons (codes, Japanese messages), lags and counts; no raw error text. */
function healthBody(health: SystemHealth): HealthReportDto {
  const { eventStore, processors, position } = health;
  return {
    status: health.status,
    reasons: health.reasons,
    eventStore: eventStore.reachable
      ? { kind: health.eventStoreKind, reachable: true, latencyMs: eventStore.latencyMs, head: eventStore.head ? encodePosition(eventStore.head) : null }
      : { kind: health.eventStoreKind, reachable: false },
    projections: {
      position: position ? encodePosition(position) : null,
      caughtUp: health.caughtUp,
      ...(eventStore.reachable ? { lagEvents: Math.max(0, ...processors.processors.map((p) => p.lagEvents)) } : {}),
    },
    processors: processors.processors.map((p) => processorBody(p, eventStore.reachable)),
    lagLimit: processors.lagLimit,
    deadLetters: { open: processors.openDeadLetters },
    uptimeSeconds: Math.round(process.uptime()),
  };
}

/** The admins' answer: the same check with the errors behind it. */
function processorsBody(health: SystemHealth): ProcessorsReportDto {
  const { eventStore, processors, position } = health;
  return {
    status: health.status,
    reasons: health.reasons,
    eventStore: {
      kind: health.eventStoreKind,
      reachable: eventStore.reachable,
      latencyMs: eventStore.reachable ? eventStore.latencyMs : null,
      head: eventStore.reachable && eventStore.head ? encodePosition(eventStore.head) : null,
      error: eventStore.reachable ? null : eventStore.error,
    },
    position: position ? encodePosition(position) : null,
    processors: processors.processors.map((p) => ({ ...processorBody(p, eventStore.reachable), lastError: p.lastError ?? null })),
    lagLimit: processors.lagLimit,
    deadLetters: { open: processors.openDeadLetters },
  };
}

/** GET /api/health and GET /api/openapi.json, both public; GET /api/admin/processors, admins only. */
export function systemRoutes(store: EventStore, runner: ProjectionRunner, openApi: () => OpenApiDocument): AnyRouteDefinition[] {
  // One check shared by every caller for up to 1 s: a flood of anonymous health calls reads the event store once a second.
  const health = new SystemHealthCheck(store, runner);
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Health for a load balancer: event store reachability, every processor and its lag, dead letters (no error details; answers up to 1 s old)',
      tags: ['system'],
      policy: systemPolicies.health,
      responses: {
        200: { description: 'Healthy: the event store answers and every processor runs within the lag limit (open dead letters are only counted)', schema: healthSchema },
        503: { description: 'Event store unreachable, or a processor stopped, retrying or lagging beyond PROCESSOR_LAG_LIMIT (see reasons)', schema: healthSchema },
      },
      handle: async () => {
        const checked = await health.check();
        return { status: checked.healthy ? 200 : 503, body: healthBody(checked) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/admin/processors',
      summary: 'The health check with its details for admins: each processor with the error it is retrying on, and why the event store is unreachable',
      tags: ['system'],
      policy: processingPolicies.listProcessors,
      responses: {
        200: { description: 'The processors and the event store, healthy or not', schema: responseSchema('ProcessorsReportDto') },
        401: { description: 'No session' },
        403: { description: 'Admins only' },
      },
      handle: async () => ({ status: 200, body: processorsBody(await health.check()) }),
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
