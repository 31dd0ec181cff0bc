import type { EventStore } from '../../../application/shared/event-store';
import type { AnyDocumentProjection, ProjectionRunner, ReadModelStore } from '../../../application/shared/projections';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

interface Health {
  status: string;
  reasons: Array<{ code: string; processor?: string; message: string; lagEvents?: number }>;
  processors: Array<{ name: string; kind: string; state: string; lagEvents: number; lagBeyondLimit: boolean; failures: number; failing?: string }>;
  projections: { caughtUp: boolean; lagEvents: number };
  lagLimit: number;
  deadLetters: { open: number };
}

interface ProcessorsReport {
  status: string;
  eventStore: { reachable: boolean; error: string | null };
  processors: Array<{ name: string; state: string; failing?: string; lastError: string | null }>;
}

interface DeadLetterBody {
  id: number;
  processor: string;
  streamId: string;
  eventType: string;
  eventId: string;
  error: string;
  attempts: number;
  state: string;
  resolvedBy: string | null;
  summary: string;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function loggedIn(server: RunningServer, username: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  expect((await client.login(username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('processors over HTTP: health, dead letters', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let admin: ApiClient;
  let health: () => Promise<{ status: number; body: Health }>;

  beforeAll(async () => {
    server = await startTestServer();
    clerk = await loggedIn(server, 'shimin-toroku-01');
    admin = await loggedIn(server, 'admin');
    health = () => new ApiClient(server.url).json<Health>('GET', '/api/health');
  }, 30_000);
  afterAll(() => server.stop());
  afterEach(() => jest.restoreAllMocks());

  it('answers 200 with every processor running, its lag and the lag limit', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', reasons: [], lagLimit: 1000, deadLetters: { open: 0 }, projections: { caughtUp: true, lagEvents: 0 } });
    expect(body.processors.map((p) => p.name).sort()).toEqual(
      ['department-queue', 'form-template', 'form-template-version', 'form-visit-facts', 'open-visits', 'procedure-catalogue', 'staff-account', 'visit-forms', 'visit-search', 'visit-timeline', 'visit-workspace'],
    );
    expect(body.processors.every((p) => p.state === 'running' && p.lagEvents === 0 && p.failures === 0)).toBe(true);
  });

  it('answers 503 naming the processor while its commits fail, with no error text in public, and 200 again once they succeed', async () => {
    const readModels = server.container.get<ReadModelStore>(SharedTokens.readModelStore);
    const commit = readModels.commit.bind(readModels);
    let failing = true;
    jest.spyOn(readModels, 'commit').mockImplementation((changes, checkpoints, deadLetters) => {
      if (failing && checkpoints.some((c) => c.readModel === 'department-queue')) throw new Error('SQLITE_FULL: database or disk is full (injected)');
      commit(changes, checkpoints, deadLetters);
    });
    expect((await clerk.json('POST', '/api/visits', { counterId: 'shimin-toroku-01' })).status).toBe(201);
    await eventually(async () => (await health()).status === 503);
    const { body } = await health();
    expect(body.status).toBe('degraded');
    expect(body.reasons).toEqual([
      {
        code: 'PROCESSOR_RETRYING',
        processor: 'department-queue',
        message: expect.stringMatching(/^処理「department-queue」は読み取りモデルへの書き込みに失敗し、再試行しています（連続\d+回）。$/) as string,
      },
    ]);
    expect(body.processors.find((p) => p.name === 'department-queue')).toMatchObject({ state: 'retrying', failing: 'commit', lagEvents: expect.any(Number) as number });
    expect(JSON.stringify(body)).not.toMatch(/SQLITE_FULL|injected|Error/);
    // Admins see why.
    expect((await clerk.json('GET', '/api/admin/processors')).status).toBe(403);
    const report = await admin.json<ProcessorsReport>('GET', '/api/admin/processors');
    expect(report.status).toBe(200);
    expect(report.body.status).toBe('degraded');
    expect(report.body.processors.find((p) => p.name === 'department-queue')).toMatchObject({
      state: 'retrying',
      failing: 'commit',
      lastError: 'Error: SQLITE_FULL: database or disk is full (injected)',
    });
    failing = false;
    await eventually(async () => (await health()).status === 200);
    expect((await health()).body.processors.every((p) => p.state === 'running' && p.lagEvents === 0)).toBe(true);
  });

  it('dead-letters an event a projection throws on, keeps health 200 while counting it, and lets an admin replay it', async () => {
    const projections = server.container.getAll<AnyDocumentProjection>(SharedTokens.projections);
    const timeline = projections.find((p) => p.readModel === 'visit-timeline')!;
    jest.spyOn(timeline, 'evolve').mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'entries')");
    });
    const opened = await clerk.json<{ id: string; position: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-02' });
    expect(opened.status).toBe(201);
    // The other read models went on: the workspace shows the visit.
    expect((await clerk.json('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`)).status).toBe(200);

    const listed = await admin.json<{ open: number; deadLetters: DeadLetterBody[] }>('GET', '/api/admin/dead-letters?state=open');
    expect(listed.status).toBe(200);
    expect(listed.body.open).toBe(1);
    const [letter] = listed.body.deadLetters;
    expect(letter).toMatchObject({
      processor: 'visit-timeline',
      streamId: `visit-${opened.body.id}`,
      eventType: 'VisitOpened',
      error: "TypeError: Cannot read properties of undefined (reading 'entries')",
      attempts: 1,
      state: 'open',
      resolvedBy: null,
    });
    expect(letter!.summary).toBe(`処理「visit-timeline」がイベント VisitOpened（visit-${opened.body.id} の 0 番）を処理できませんでした（1回、未解決）。`);
    expect(Object.keys(letter!)).not.toContain('data');

    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.deadLetters).toEqual({ open: 1 });
    expect(JSON.stringify(body)).not.toContain('Cannot read properties');

    expect((await clerk.json('GET', '/api/admin/dead-letters')).status).toBe(403);
    const refused = await clerk.json<{ code: string }>('POST', `/api/admin/dead-letters/${letter!.id}/replay`);
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.FORBIDDEN_ROLE']);
    expect((await new ApiClient(server.url).json('GET', '/api/admin/dead-letters')).status).toBe(401);

    const replayed = await admin.json<DeadLetterBody>('POST', `/api/admin/dead-letters/${letter!.id}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toMatchObject({ id: letter!.id, state: 'replayed', resolvedBy: expect.any(String) as string });
    const entries = await clerk.json<{ entries: Array<{ type: string }> }>('GET', `/api/visits/${opened.body.id}/timeline`);
    expect(entries.status).toBe(200);
    expect(entries.body.entries.map((e) => e.type)).toEqual(['VisitOpened']);
    expect((await admin.json<{ open: number }>('GET', '/api/admin/dead-letters')).body.open).toBe(0);

    const again = await admin.json<{ code: string; detail: string }>('POST', `/api/admin/dead-letters/${letter!.id}/replay`);
    expect([again.status, again.body.code]).toEqual([409, 'PROCESSING.DEAD_LETTER_RESOLVED']);
    expect(again.body.detail).toBe(`記録（番号 ${letter!.id}）は解決済みです。再適用の必要はありません。`);
    const missing = await admin.json<{ code: string }>('POST', '/api/admin/dead-letters/99999/replay');
    expect([missing.status, missing.body.code]).toEqual([404, 'PROCESSING.DEAD_LETTER_NOT_FOUND']);
    const bad = await admin.json<{ code: string }>('GET', '/api/admin/dead-letters?state=maybe');
    expect([bad.status, bad.body.code]).toEqual([400, 'PROCESSING.STATE_INVALID']);
  });

  it('answers 422 and counts one more attempt when a replay fails again', async () => {
    const timeline = server.container.getAll<AnyDocumentProjection>(SharedTokens.projections).find((p) => p.readModel === 'visit-timeline')!;
    const evolve = jest.spyOn(timeline, 'evolve').mockImplementation(() => {
      throw new Error('still broken');
    });
    const opened = await clerk.json<{ id: string; position: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
    await clerk.json('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`);
    const [letter] = (await admin.json<{ deadLetters: DeadLetterBody[] }>('GET', '/api/admin/dead-letters?state=open')).body.deadLetters;
    const failed = await admin.json<{ code: string; detail: string }>('POST', `/api/admin/dead-letters/${letter!.id}/replay`);
    expect([failed.status, failed.body.code]).toEqual([422, 'PROCESSING.REPLAY_FAILED']);
    expect(failed.body.detail).toBe('処理「visit-timeline」はこのイベントをまだ処理できません（Error: still broken）。処理を修正してから、もう一度再適用してください。');
    const after = (await admin.json<{ deadLetters: DeadLetterBody[] }>('GET', '/api/admin/dead-letters?state=open')).body.deadLetters[0];
    expect(after).toMatchObject({ id: letter!.id, attempts: 2, state: 'open' });
    evolve.mockRestore();
    expect((await admin.json('POST', `/api/admin/dead-letters/${letter!.id}/replay`)).status).toBe(200);
  });

  it('answers 503 "down" without the reason the event store gave, which admins see', async () => {
    const store = server.container.get<EventStore>(SharedTokens.eventStore);
    jest.spyOn(store, 'headPosition').mockRejectedValue(new Error('connect ECONNREFUSED 10.20.30.40:2113 (injected)'));
    await eventually(async () => (await health()).status === 503);
    const { body } = await health();
    expect(body.status).toBe('down');
    expect(body.reasons).toEqual([{ code: 'EVENT_STORE_UNREACHABLE', message: 'イベントストアに接続できません。' }]);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|10\.20\.30\.40|injected/);
    const report = await admin.json<ProcessorsReport>('GET', '/api/admin/processors');
    expect(report.body.eventStore).toMatchObject({ reachable: false, error: 'Error: connect ECONNREFUSED 10.20.30.40:2113 (injected)' });
    jest.restoreAllMocks();
    await eventually(async () => (await health()).status === 200);
  });

  it('answers 503 with every stopped processor and its lag beyond the limit', async () => {
    const runner = server.container.get<ProjectionRunner>(SharedTokens.projectionRunner);
    await runner.stop();
    await clerk.json('POST', '/api/visits', { counterId: 'shimin-toroku-04' });
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.processors.every((p) => p.state === 'stopped')).toBe(true);
    expect(body.reasons.filter((r) => r.code === 'PROCESSOR_STOPPED').map((r) => r.processor)).toHaveLength(11);
    expect(body.reasons.find((r) => r.processor === 'visit-workspace')?.message).toBe('処理「visit-workspace」は停止しています。');
    expect(body.processors.find((p) => p.name === 'visit-workspace')?.lagEvents).toBeGreaterThan(0);
  });
});

describe('processors over HTTP: a lag beyond PROCESSOR_LAG_LIMIT', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers 503 and says which processor lags and by how much', async () => {
    const server = await startTestServer({ processorLagLimit: 0 });
    try {
      const readModels = server.container.get<ReadModelStore>(SharedTokens.readModelStore);
      const commit = readModels.commit.bind(readModels);
      jest.spyOn(readModels, 'commit').mockImplementation((changes, checkpoints, deadLetters) => {
        if (checkpoints.some((c) => c.readModel === 'visit-timeline')) throw new Error('disk I/O error (injected)');
        commit(changes, checkpoints, deadLetters);
      });
      const clerk = await loggedIn(server, 'shimin-toroku-01');
      await clerk.json('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
      const { status, body } = await new ApiClient(server.url).json<Health>('GET', '/api/health');
      expect(status).toBe(503);
      expect(body.lagLimit).toBe(0);
      expect(body.reasons.find((r) => r.code === 'PROCESSOR_LAGGING')).toEqual({
        code: 'PROCESSOR_LAGGING',
        processor: 'visit-timeline',
        lagEvents: 1,
        message: '処理「visit-timeline」はイベントストアの最新から0件を超えて遅れています（上限0件）。',
      });
      expect(body.processors.find((p) => p.name === 'visit-timeline')).toMatchObject({ lagEvents: 1, lagBeyondLimit: true });
      expect(body.processors.filter((p) => p.lagBeyondLimit).map((p) => p.name)).toEqual(['visit-timeline']);
    } finally {
      await server.stop();
    }
  }, 30_000);
});
