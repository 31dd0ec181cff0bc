import type { EventStore } from '../../../application/shared/event-store';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer } from '../../support/test-server';

describe('health and the OpenAPI document', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('reports the event store and a caught-up projection without a session', async () => {
    const health = await new ApiClient(server.url).json<Record<string, Record<string, unknown>>>('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body['status']).toBe('ok');
    expect(health.body['eventStore']).toMatchObject({ kind: 'memory', reachable: true });
    expect(health.body['projections']).toMatchObject({ caughtUp: true, lagEvents: 0 });
    expect(health.body['deadLetters']).toEqual({ open: 0 });
    expect(health.body['reasons']).toEqual([]);
  });

  it('answers a flood of anonymous health calls from one check, so they do not each read the event store', async () => {
    const store = server.container.get<EventStore>(SharedTokens.eventStore);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the answer of the test before
    const heads = jest.spyOn(store, 'headPosition');
    const readAll = jest.spyOn(store, 'readAll');
    try {
      const answers = await Promise.all(Array.from({ length: 50 }, () => new ApiClient(server.url).json<{ status: string }>('GET', '/api/health')));
      expect(answers.every((a) => a.status === 200 && a.body.status === 'ok')).toBe(true);
      expect(heads).toHaveBeenCalledTimes(1);
      expect(readAll.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      heads.mockRestore();
      readAll.mockRestore();
    }
  });

  it('describes every mounted endpoint, with request schemas from the validators', async () => {
    const { body } = await new ApiClient(server.url).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
      components: { schemas: Record<string, unknown> };
    }>('GET', '/api/openapi.json');
    const documented = Object.entries(body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/admin/dead-letters',
        'GET /api/admin/processors',
        'POST /api/admin/dead-letters/{id}/replay',
        'GET /api/metrics',
        'POST /api/auth/login',
        'GET /api/auth/session',
        'POST /api/auth/logout',
        'GET /api/staff',
        'GET /api/city',
        'GET /api/counters',
        'GET /api/live',
        'GET /api/residents',
        'GET /api/residents/{atenaNumber}',
        'GET /api/catalogue',
        'PUT /api/catalogue/procedures/{id}',
        'PUT /api/catalogue/life-events/{id}',
        'PUT /api/catalogue/rules/{id}',
        'POST /api/visits',
        'GET /api/visits/search',
        'GET /api/visits/{id}',
        'GET /api/visits/{id}/timeline',
        'GET /api/visits/{id}/guide',
        'POST /api/visits/{id}/service-start',
        'POST /api/visits/{id}/persons',
        'POST /api/visits/{id}/persons/manual',
        'DELETE /api/visits/{id}/persons/{personId}',
        'PUT /api/visits/{id}/persons/{personId}/concerned',
        'PUT /api/visits/{id}/life-events/{lifeEventId}/persons/{personId}/roles',
        'PUT /api/visits/{id}/life-events',
        'PUT /api/visits/{id}/answers',
        'POST /api/visits/{id}/procedures',
        'POST /api/visits/{id}/procedures/{procedureId}/drop',
        'PUT /api/visits/{id}/procedures/{procedureId}/status',
        'POST /api/visits/{id}/hand-off',
        'POST /api/visits/{id}/close',
        'POST /api/visits/{id}/cancel',
        'GET /api/departments/{departmentId}/queue',
        'GET /api/departments/{departmentId}/board',
        'GET /api/supervisor/board',
        'GET /api/form-templates',
        'GET /api/form-templates/{id}',
        'GET /api/form-templates/{id}/export',
        'PUT /api/form-templates/{id}/draft',
        'POST /api/form-templates/import',
        'POST /api/form-templates/{id}/publish',
        'POST /api/form-templates/{id}/retire',
        'POST /api/form-templates/preview',
        'POST /api/visits/{id}/forms',
        'GET /api/visits/{id}/forms',
        'PUT /api/visits/{id}/forms/values',
        'POST /api/visits/{id}/forms/{formId}/signature',
        'POST /api/visits/{id}/forms/{formId}/void',
        'POST /api/visits/{id}/forms/printed',
        'GET /api/visits/{id}/forms/pdf',
        'GET /api/visits/{id}/forms/{formId}/pdf',
      ].sort(),
    );
    expect(body.paths['/api/visits']!['post']!.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CounterRequest' } } },
    });
    expect(body.components.schemas['CounterRequest']).toMatchObject({
      properties: { counterId: { type: 'string', maxLength: 64, pattern: '^[a-z0-9-]+$' } },
      required: ['counterId'],
      additionalProperties: false,
    });
    expect(body.components.schemas['ManualPersonRequest']).toMatchObject({
      properties: { insurance: { $ref: '#/components/schemas/InsuranceFactsRequest' }, birthDate: { type: 'string', format: 'date' } },
    });
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await new ApiClient(server.url).json<{ code: string }>('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('HTTP.NOT_FOUND');
  });

  it('sends security headers', async () => {
    const response = await new ApiClient(server.url).request('GET', '/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
