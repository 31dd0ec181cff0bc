import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { type EsdbEmulator, startEsdbEmulator } from '../../support/esdb-emulator';
import { JournaledEmulatorLog } from '../../support/esdb-emulator/emulator-journal.storage';
import { seedSystemEvents } from '../../support/esdb-emulator/system-events.seed';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

/**
 * The app on EventStoreDB (the protocol emulator, keeping its data in a journal as a server keeps its
 * database) while the server is stopped and started again under it: health says so, and afterwards the
 * app serves writes and reads again without a restart of its own.
 */
describe('the app while its EventStoreDB is stopped and started again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'madoguchi-esdb-restart-'));
  const journal = join(folder, 'journal.jsonl');
  let emulator: EsdbEmulator;
  let server: RunningServer;
  let port = 0;

  const startEmulator = async () => {
    const { log, restored } = JournaledEmulatorLog.open(journal);
    if (!restored) seedSystemEvents(log);
    return startEsdbEmulator({ port, log });
  };
  const health = async () => {
    const response = await fetch(`${server.url}/api/health`);
    return { status: response.status, body: (await response.json()) as { status: string; reasons?: Array<{ code: string }> } };
  };
  async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value) || Date.now() > until) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    emulator = await startEmulator();
    port = Number(new URL(emulator.url.replace('esdb://', 'http://')).port);
    server = await startTestServer({ eventStoreUrl: emulator.url, readModelFile: join(folder, 'read-models.sqlite'), dataDir: folder });
  });
  afterAll(async () => {
    await server.stop();
    await emulator.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers 503 while the store is down, and recovers by itself when it is back, with nothing lost', async () => {
    const clerk = new ApiClient(server.url);
    expect((await clerk.login('shimin-toroku-01', TEST_PASSWORD)).status).toBe(200);
    const before = await clerk.json<{ id: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    expect(before.status).toBe(201);
    expect((await health()).status).toBe(200);

    await emulator.stop();
    const down = await eventually(health, (answer) => answer.status === 503);
    expect(down.status).toBe(503);
    const refused = await clerk.json<{ code: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    expect(refused.status).toBe(503);

    emulator = await startEmulator();
    const up = await eventually(health, (answer) => answer.status === 200);
    expect(up.body.status).toBe('ok');

    const after = await clerk.json<{ id: string; position: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    expect(after.status).toBe(201);
    const first = await clerk.json<{ id: string }>('GET', `/api/visits/${before.body.id}`);
    const second = await clerk.json<{ id: string }>('GET', `/api/visits/${after.body.id}?after=${encodeURIComponent(after.body.position)}`);
    expect([first.status, second.status]).toEqual([200, 200]);
  });
});
