import type { ReadModelStore } from '../../../application/shared/projections';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

interface Problem {
  status: number;
  code: string;
  detail: string;
}

/** Read-your-own-writes: ?after= never answers 200 with data older than the position asked for. */
describe('?after=<position> on the read routes', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let visit: { id: string; position: string };

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    expect((await clerk.login('shimin-toroku-01', TEST_PASSWORD)).status).toBe(200);
    visit = (await clerk.json<{ id: string; position: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' })).body;
  }, 30_000);
  afterAll(() => server.stop());
  afterEach(() => jest.restoreAllMocks());

  const reads = () => [
    `/api/visits/${visit.id}`,
    `/api/visits/${visit.id}/timeline`,
    `/api/visits/${visit.id}/forms`,
    '/api/departments/shimin-toroku/queue',
    '/api/departments/shimin-toroku/board',
  ];

  it('serves every read route once the read models include the position', async () => {
    for (const path of reads()) expect([path, (await clerk.request('GET', `${path}?after=${encodeURIComponent(visit.position)}`)).status]).toEqual([path, 200]);
  });

  it('refuses a malformed position with a 400 problem', async () => {
    for (const path of reads()) {
      const response = await clerk.request('GET', `${path}?after=yesterday`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(((await response.json()) as Problem).code).toBe('READ.POSITION_MALFORMED');
    }
  });

  it('refuses at once, with a 409 problem in Japanese, a position beyond the event store head', async () => {
    for (const path of reads()) {
      const started = Date.now();
      const answer = await clerk.json<Problem>('GET', `${path}?after=${encodeURIComponent('999999999/999999999')}`);
      expect(Date.now() - started).toBeLessThan(1000);
      expect([path, answer.status, answer.body.code]).toEqual([path, 409, 'READ.POSITION_AHEAD']);
      expect(answer.body.detail).toBe('指定された表示位置（after）はまだイベントストアに記録されていません。操作の応答で受け取った position をそのまま指定してください。');
    }
  });

  it('answers 503 with Retry-After, not the older document, when the read models do not catch up in time', async () => {
    const readModels = server.container.get<ReadModelStore>(SharedTokens.readModelStore);
    const commit = readModels.commit.bind(readModels);
    jest.spyOn(readModels, 'commit').mockImplementation((changes, checkpoints, deadLetters) => {
      if (checkpoints.some((c) => c.readModel === 'visit-workspace')) throw new Error('database is locked (injected)');
      commit(changes, checkpoints, deadLetters);
    });
    const opened = await clerk.json<{ id: string; position: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-02' });
    expect(opened.status).toBe(201);
    // Without after the workspace would answer 404 (it is not in the read model yet): stale, so refused.
    const answer = await clerk.json<Problem>('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(answer.body.code).toBe('READ.NOT_CAUGHT_UP');
    expect(answer.body.detail).toBe('画面の内容がまだ最新の操作に追いついていません（5秒待ちました）。少し待ってから、もう一度表示してください。');

    jest.restoreAllMocks();
    // The processor is in its backoff after five seconds of failed commits (up to a few seconds between
    // retries), so a later read may need another wait of its own before it answers.
    let caughtUp = await clerk.json<{ id: string }>('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`);
    for (let attempt = 0; attempt < 3 && caughtUp.status === 503; attempt++) {
      caughtUp = await clerk.json<{ id: string }>('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`);
    }
    expect([caughtUp.status, caughtUp.body.id]).toEqual([200, opened.body.id]);
  }, 40_000);

  it("shows an admin their own catalogue save at once, even while the catalogue's projection is held back", async () => {
    const admin = new ApiClient(server.url);
    expect((await admin.login('admin', TEST_PASSWORD)).status).toBe(200);
    const before = await admin.json<{ revision: number; procedures: Array<Record<string, unknown> & { id: string; name: string }> }>('GET', '/api/catalogue');
    const procedure = before.body.procedures[0]!;
    const readModels = server.container.get<ReadModelStore>(SharedTokens.readModelStore);
    const commit = readModels.commit.bind(readModels);
    let held = true;
    jest.spyOn(readModels, 'commit').mockImplementation((changes, checkpoints, deadLetters) => {
      if (held && checkpoints.some((c) => c.readModel === 'procedure-catalogue')) throw new Error('held back (injected)');
      commit(changes, checkpoints, deadLetters);
    });
    const saved = await admin.request('PUT', `/api/catalogue/procedures/${procedure.id}`, { ...procedure, name: `${procedure.name}（改）` }, { 'If-Match': `"${before.body.revision}"` });
    expect(saved.status).toBe(200);
    const { position } = (await saved.json()) as { position: string };
    const stale = await admin.json<{ procedures: Array<{ id: string; name: string }> }>('GET', '/api/catalogue');
    expect(stale.body.procedures.find((p) => p.id === procedure.id)?.name).toBe(procedure.name);
    setTimeout(() => {
      held = false;
    }, 300);
    const fresh = await admin.json<{ procedures: Array<{ id: string; name: string }> }>('GET', `/api/catalogue?after=${encodeURIComponent(position)}`);
    expect([fresh.status, fresh.body.procedures.find((p) => p.id === procedure.id)?.name]).toEqual([200, `${procedure.name}（改）`]);
  }, 20_000);

  it('documents after as a query parameter of every route that takes it', async () => {
    const { body } = await new ApiClient(server.url).json<{ paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; responses: Record<string, unknown> }>> }>(
      'GET',
      '/api/openapi.json',
    );
    const withAfter = Object.entries(body.paths)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })))
      .filter(({ operation }) => operation.parameters?.some((p) => p.name === 'after' && p.in === 'query'));
    expect(withAfter.map((r) => r.route).sort()).toEqual(
      [
        'GET /api/catalogue',
        'GET /api/departments/{departmentId}/board',
        'GET /api/departments/{departmentId}/queue',
        'GET /api/form-templates',
        'GET /api/form-templates/{id}',
        'GET /api/visits/{id}',
        'GET /api/visits/{id}/forms',
        'GET /api/visits/{id}/timeline',
        'GET /api/visits/{id}/guide',
        'GET /api/visits/search',
        'POST /api/visits/{id}/forms',
      ].sort(),
    );
    for (const { operation } of withAfter) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '409', '503']));
  });
});
