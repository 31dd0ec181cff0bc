import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SilentLogger } from '../../infrastructure/shared/silent-logger';
import { projectRoot } from '../../src/app-config';
import { startServer } from '../../src/server';
import { percentile, round } from './event-store.bench';

export interface LiveLatencyResult {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/**
 * From the moment a clerk's POST /api/visits is sent to the moment another clerk's server-sent event
 * stream carries the queue change: command, durable append (SQLite, fsync), projection, live push.
 */
export async function benchLiveLatency(samples: number): Promise<LiveLatencyResult> {
  const root = projectRoot();
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-live-'));
  const server = await startServer(
    {
      port: 0, host: '127.0.0.1', dataDir, eventStoreUrl: undefined, readModelFile: join(dataDir, 'read-models.sqlite'),
      cityDir: join(root, 'infrastructure', 'city', 'cities', 'hanamaki'), demoPassword: 'bench-pass', sessionSecret: randomBytes(32),
      cookieSecure: false, trustProxy: false, loginRateLimitPerMinute: 1000, passwordHashCost: 1024, processorLagLimit: 1000, uiDir: join(root, 'dist', 'ui', 'browser'),
      metricsToken: undefined,
    },
    new SilentLogger(),
  );
  try {
    const login = async (username: string) => {
      const response = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'bench-pass' }) });
      return { cookie: response.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
    };
    const writer = await login('shimin-toroku-01');
    const watcher = await login('shimin-toroku-02');
    const stream = await fetch(`${server.url}/api/live`, { headers: { Cookie: watcher.cookie } });
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextChange = async (): Promise<void> => {
      for (;;) {
        const index = buffer.indexOf('"department-queue"');
        if (index >= 0) {
          buffer = buffer.slice(buffer.indexOf('\n\n', index) + 2);
          return;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('live stream ended');
        buffer += decoder.decode(value);
      }
    };
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      const seen = nextChange();
      const response = await fetch(`${server.url}/api/visits`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: writer.cookie, 'X-CSRF-Token': writer.csrf },
        body: JSON.stringify({ counterId: 'shimin-toroku-01' }),
      });
      if (response.status !== 201) throw new Error(`POST /api/visits answered ${response.status}`);
      await seen;
      latencies.push(performance.now() - t0);
    }
    await reader.cancel();
    latencies.sort((a, b) => a - b);
    return { samples, p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)), maxMs: round(latencies[latencies.length - 1]!) };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
