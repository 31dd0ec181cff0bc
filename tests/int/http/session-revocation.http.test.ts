import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

/** The session cookie a login set, as a replaying attacker would keep it. */
async function cookieOf(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

const session = (url: string, cookie: string) => fetch(`${url}/api/auth/session`, { headers: { cookie } });

describe('sessions end when the account logs out', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('refuses a replayed cookie after logout, for every browser of the account, and a new login works again', async () => {
    const first = await cookieOf(server.url, 'shimin-toroku-02');
    const second = await cookieOf(server.url, 'shimin-toroku-02');
    const other = await cookieOf(server.url, 'shimin-toroku-03');
    expect((await session(server.url, first.cookie)).status).toBe(200);
    const loggedOut = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: first.cookie, 'x-csrf-token': first.csrf } });
    expect(loggedOut.status).toBe(204);
    const replayed = await session(server.url, first.cookie);
    expect([replayed.status, ((await replayed.json()) as { code: string }).code]).toEqual([401, 'AUTH.SESSION_REQUIRED']);
    expect((await session(server.url, second.cookie)).status).toBe(401);
    expect((await session(server.url, other.cookie)).status).toBe(200);
    const again = await cookieOf(server.url, 'shimin-toroku-02');
    expect((await session(server.url, again.cookie)).status).toBe(200);
  });

  it('ends an open live stream of the account at the logout', async () => {
    const { cookie, csrf } = await cookieOf(server.url, 'shimin-toroku-04');
    const stream = await fetch(`${server.url}/api/live`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read(); // retry + ready
    const logout = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    expect(logout.status).toBe(204);
    const deadline = Date.now() + 5000;
    let done = false;
    while (!done && Date.now() < deadline) done = (await reader.read()).done;
    expect(done).toBe(true);
  });

  it('answers with Cache-Control: no-store, so no cache keeps personal data', async () => {
    const client = new ApiClient(server.url);
    await client.login('shimin-toroku-05', TEST_PASSWORD);
    const response = await client.request('GET', '/api/residents?name=%E8%8F%8A%E6%B1%A0');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
