import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from '../../support/api-client';
import { spawnServer, waitForExit } from '../../support/server-process';

jest.setTimeout(120_000);

const env = (dataDir: string) => ({ DATA_DIR: dataDir, DEMO_PASSWORD: 'crash-test-1', EVENT_STORE_URL: '' });

describe('a SIGKILL in the middle of a burst of visits (embedded SQLite store)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-crash-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every visit that was answered 201 and serves them all after a restart', async () => {
    const first = await spawnServer(env(dataDir));
    const clerk = new ApiClient(first.url);
    expect((await clerk.login('shimin-toroku-01', 'crash-test-1')).status).toBe(200);

    const acknowledged: string[] = [];
    let killed = false;
    const worker = async () => {
      while (!killed) {
        try {
          const response = await clerk.request('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
          if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          return; // the connection died with the process: this visit was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    await waitForExit(first.child);

    const second = await spawnServer(env(dataDir));
    try {
      const reader = new ApiClient(second.url);
      expect((await reader.login('shimin-toroku-02', 'crash-test-1')).status).toBe(200);
      const missing: string[] = [];
      for (const id of acknowledged) {
        if ((await reader.request('GET', `/api/visits/${id}`)).status !== 200) missing.push(id);
      }
      expect({ acknowledged: acknowledged.length, missing }).toEqual({ acknowledged: acknowledged.length, missing: [] });
      const queue = await reader.json<{ visits: unknown[] }>('GET', '/api/departments/shimin-toroku/queue');
      expect(queue.body.visits.length).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    }
  });
});
