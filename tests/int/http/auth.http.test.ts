import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

describe('staff login and sessions over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('logs a demo clerk in, returns the CSRF token, and restores the session', async () => {
    const clerk = new ApiClient(server.url);
    const login = await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const body = (await login.json()) as { csrfToken: string; staff: { role: string; counterId: string } };
    expect(body.staff).toMatchObject({ role: 'counter', counterId: 'shimin-toroku-01', departmentIds: ['shimin-toroku'] });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const session = await clerk.json<{ csrfToken: string }>('GET', '/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.csrfToken).toBe(body.csrfToken);
  });

  it('answers a wrong password with 401 problem details in Japanese', async () => {
    const response = await new ApiClient(server.url).request('POST', '/api/auth/login', { username: 'admin', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 401, code: 'AUTH.INVALID_CREDENTIALS', detail: 'ユーザー名またはパスワードが正しくありません。' });
  });

  it('lists every field problem of a bad login body', async () => {
    const { status, body } = await new ApiClient(server.url).json<{ errors: Array<{ field: string }> }>('POST', '/api/auth/login', { username: '' });
    expect(status).toBe(400);
    expect(new Set(body.errors.map((e) => e.field))).toEqual(new Set(['username', 'password']));
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await new ApiClient(server.url).request('POST', '/api/auth/login', '{"username":', {});
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('HTTP.MALFORMED_BODY');
  });

  it('refuses every non-public endpoint without a session', async () => {
    const anonymous = new ApiClient(server.url);
    for (const path of ['/api/staff', '/api/counters', '/api/city', '/api/auth/session', '/api/departments/kodomo/queue']) {
      expect((await anonymous.request('GET', path)).status).toBe(401);
    }
    expect((await anonymous.request('POST', '/api/visits', { counterId: 'kodomo-01' })).status).toBe(401);
  });

  it('refuses an unsafe request whose CSRF token is missing', async () => {
    const clerk = new ApiClient(server.url);
    await clerk.login('kodomo-01', TEST_PASSWORD);
    clerk.csrfToken = undefined;
    const response = await clerk.json<{ code: string }>('POST', '/api/visits', { counterId: 'kodomo-01' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('AUTH.CSRF_TOKEN_INVALID');
  });

  it('shows the staff list to an admin only', async () => {
    const admin = new ApiClient(server.url);
    await admin.login('admin', TEST_PASSWORD);
    const list = await admin.json<Array<{ username: string; role: string; departmentNames: string[]; counterName: string | null }>>('GET', '/api/staff');
    expect(list.status).toBe(200);
    expect(list.body.length).toBe(43);
    expect(list.body.find((s) => s.username === 'kodomo-02')).toMatchObject({ role: 'counter', departmentNames: ['こども課'], counterName: 'こども課 2番窓口' });
    expect(list.body.filter((s) => s.role === 'supervisor')).toHaveLength(8);
    expect(JSON.stringify(list.body)).not.toContain('scrypt');
    const clerk = new ApiClient(server.url);
    await clerk.login('kodomo-01', TEST_PASSWORD);
    expect((await clerk.request('GET', '/api/staff')).status).toBe(403);
  });

  it('lists the 33 counters of Hanamaki', async () => {
    const clerk = new ApiClient(server.url);
    await clerk.login('kodomo-01', TEST_PASSWORD);
    const counters = await clerk.json<Array<{ departmentId: string; officeName: string }>>('GET', '/api/counters');
    expect(counters.body).toHaveLength(33);
    expect(counters.body.filter((c) => c.departmentId === 'shimin-toroku')).toHaveLength(10);
  });
});

describe('login rate limit', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimitPerMinute: 3 });
  });
  afterAll(() => server.stop());

  it('answers the fourth login within a minute with 429 in Japanese', async () => {
    const client = new ApiClient(server.url);
    for (let i = 0; i < 3; i++) expect((await client.request('POST', '/api/auth/login', { username: 'admin', password: 'x' })).status).toBe(401);
    const limited = await client.json<{ code: string; detail: string }>('POST', '/api/auth/login', { username: 'admin', password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
  });
});
