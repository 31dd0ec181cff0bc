import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../../application/shared/event-store';
import type { ProjectionRunner } from '../../../application/shared/projections';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { VisitOpenedDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act, movingFamily } from '../../support/counter-flow';
import { newEvent } from '../../support/new-event';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

/** The value of the one sample of `name` whose labels include all of `labels`; undefined when there is none. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const values = exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => wanted.every((pair) => line.slice(0, line.lastIndexOf('}') + 1).includes(pair)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
  if (values.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${values.length} samples`);
  return values[0];
}

describe('GET /api/metrics: Prometheus text with request, command, event store, processor and process metrics', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let visitId: string;
  let exposition: string;
  let contentType: string | null;

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    visitId = opened.body.id;
    const added = await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, movingFamily[0], opened.body.revision);
    const chosen = await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] }, added.result.revision);
    expect(chosen.status).toBe(200);
    // a stale If-Match (412), then closing with procedures open and no reason (409), then a bad body (400)
    expect((await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] }, added.result.revision)).status).toBe(412);
    expect((await act(clerk, 'POST', `/api/visits/${visitId}/close`, {}, chosen.result.revision)).status).toBe(409);
    expect((await clerk.request('PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: 'tennyu' })).status).toBe(400);
    expect((await clerk.request('GET', '/api/residents/1000001011')).status).toBe(200);
    expect((await clerk.request('GET', '/api/no-such-thing/1000001011')).status).toBe(404);

    const response = await fetch(`${server.url}/api/metrics`);
    expect(response.status).toBe(200);
    contentType = response.headers.get('content-type');
    exposition = await response.text();
    if (process.env['SHOW_METRICS']) process.stdout.write(exposition);
  });
  afterAll(() => server.stop());

  it('answers the text exposition format', () => {
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(exposition).toContain('# TYPE madoguchi_http_requests_total counter');
    expect(exposition).toContain('# TYPE madoguchi_http_request_duration_seconds histogram');
  });

  it('counts requests and their latency per method, route pattern and status', () => {
    expect(sample(exposition, 'madoguchi_http_requests_total', { method: 'POST', route: '/api/visits', status: '201' })).toBe(1);
    expect(sample(exposition, 'madoguchi_http_requests_total', { method: 'GET', route: '/api/visits/:id', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(sample(exposition, 'madoguchi_http_requests_total', { method: 'POST', route: '/api/visits/:id/close', status: '409' })).toBe(1);
    expect(sample(exposition, 'madoguchi_http_requests_total', { method: 'GET', route: '/api/residents/:atenaNumber', status: '200' })).toBe(1);
    expect(sample(exposition, 'madoguchi_http_request_duration_seconds_count', { method: 'POST', route: '/api/visits/:id/persons/manual', status: '200' })).toBe(1);
    expect(sample(exposition, 'madoguchi_http_request_duration_seconds_bucket', { method: 'POST', route: '/api/visits', status: '201', le: '+Inf' })).toBe(1);
  });

  it('labels with route patterns only: no raw path, id or 宛名番号, and one label for what no route matched', () => {
    expect(sample(exposition, 'madoguchi_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(exposition).not.toContain(visitId);
    expect(exposition).not.toContain('1000001011');
    expect(exposition).not.toContain('no-such-thing');
  });

  it('counts command results by use case: success, 409 conflict, 412 stale, other 4xx rejected', () => {
    expect(sample(exposition, 'madoguchi_command_results_total', { use_case: 'visit.open', result: 'success' })).toBe(1);
    expect(sample(exposition, 'madoguchi_command_results_total', { use_case: 'visit.choose-life-events', result: 'success' })).toBe(1);
    expect(sample(exposition, 'madoguchi_command_results_total', { use_case: 'visit.choose-life-events', result: 'stale' })).toBe(1);
    expect(sample(exposition, 'madoguchi_command_results_total', { use_case: 'visit.choose-life-events', result: 'rejected' })).toBe(1);
    expect(sample(exposition, 'madoguchi_command_results_total', { use_case: 'visit.close', result: 'conflict' })).toBe(1);
    expect(exposition).not.toMatch(/madoguchi_command_results_total\{use_case="visit\.view-workspace"/);
  });

  it('times event store calls by operation', () => {
    expect(sample(exposition, 'madoguchi_event_store_operation_duration_seconds_count', { store: 'memory', operation: 'append', outcome: 'ok' })).toBeGreaterThan(3);
    expect(sample(exposition, 'madoguchi_event_store_operation_duration_seconds_count', { store: 'memory', operation: 'readStream', outcome: 'ok' })).toBeGreaterThan(3);
    expect(sample(exposition, 'madoguchi_event_store_operation_duration_seconds_bucket', { store: 'memory', operation: 'append', outcome: 'ok', le: '+Inf' })).toBeGreaterThan(3);
  });

  it('shows each processor caught up, without dead letters, and the process metrics', () => {
    expect(sample(exposition, 'madoguchi_processor_lag_events', { processor: 'visit-workspace' })).toBe(0);
    expect(sample(exposition, 'madoguchi_processor_dead_letters', { processor: 'visit-workspace' })).toBe(0);
    expect(sample(exposition, 'madoguchi_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(exposition, 'madoguchi_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(exposition).toContain('# TYPE madoguchi_process_cpu_user_seconds_total counter');
    expect(exposition).toContain('madoguchi_nodejs_eventloop_lag_seconds');
  });
});

describe('processor gauges: a dead letter, and a lag while the processors are stopped', () => {
  let server: RunningServer;
  let store: EventStore;
  const scrape = async () => (await fetch(`${server.url}/api/metrics`)).text();
  beforeAll(async () => {
    server = await startTestServer();
    store = server.container.get<EventStore>(SharedTokens.eventStore);
  });
  afterAll(() => server.stop());

  it('counts the open dead letter of a processor that threw on an event', async () => {
    await store.append(`visit-${randomUUID()}`, [newEvent('VisitOpened', { ticketNumber: 'not a number' })], 'no_stream');
    let exposition = '';
    for (let i = 0; i < 50 && !/madoguchi_processor_dead_letters\{[^}]*\} [1-9]/.test(exposition); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      exposition = await scrape();
    }
    const open = exposition.split('\n').filter((line) => line.startsWith('madoguchi_processor_dead_letters{')).map((line) => Number(line.split(' ').pop()));
    expect(open.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
  });

  it('shows the events each processor has not applied while the processors are stopped', async () => {
    await server.container.get<ProjectionRunner>(SharedTokens.projectionRunner).stop();
    for (let i = 0; i < 3; i++) await store.append(`probe-${randomUUID()}`, [newEvent('MetricsProbed')], 'no_stream');
    const exposition = await scrape();
    expect(sample(exposition, 'madoguchi_processor_lag_events', { processor: 'visit-workspace' })).toBe(3);
    expect(sample(exposition, 'madoguchi_processor_lag_events', { processor: 'staff-account' })).toBe(3);
  });
});

describe('GET /api/metrics with METRICS_TOKEN set', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ metricsToken: 'scrape-token-0123456789' });
  });
  afterAll(() => server.stop());

  it('refuses a scrape without the bearer token with a 401 problem in Japanese', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'scrape-token-0123456789' }]) {
      const response = await fetch(`${server.url}/api/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await response.json()) as { code: string; detail: string };
      expect(body.code).toBe('METRICS.TOKEN_REQUIRED');
      expect(body.detail).toContain('トークン');
    }
  });

  it('answers the metrics to the bearer of the token', async () => {
    const response = await fetch(`${server.url}/api/metrics`, { headers: { Authorization: 'Bearer scrape-token-0123456789' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('madoguchi_http_requests_total');
  });
});
