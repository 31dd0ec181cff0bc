import express from 'express';
import type { AddressInfo } from 'node:net';
import { ConcurrencyConflictError, StaleRevisionError } from '../../../application/shared/command-handling';
import { EventStoreUnavailableError } from '../../../application/shared/event-store';
import { problemDetailsMiddleware } from '../../../infrastructure/http/problem-details.middleware';
import { SilentLogger } from '../../../infrastructure/shared/silent-logger';

async function problemFor(error: Error): Promise<{ status: number; type: string | null; body: Record<string, unknown> }> {
  const app = express();
  app.get('/x', () => {
    throw error;
  });
  app.use(problemDetailsMiddleware(new SilentLogger()));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
  } finally {
    server.close();
  }
}

describe('problem details middleware', () => {
  it('answers a lost race with 409 and a Japanese message that tells the clerk what to do', async () => {
    const { status, type, body } = await problemFor(new ConcurrencyConflictError('visit-1'));
    expect(status).toBe(409);
    expect(type).toMatch(/application\/problem\+json/);
    expect(body).toMatchObject({ status: 409, code: 'CONCURRENCY.CONFLICT', title: '他の操作と競合しました', instance: '/x' });
    expect(body['detail']).toContain('最新の状態');
  });

  it('answers a stale If-Match with 412', async () => {
    expect((await problemFor(new StaleRevisionError('visit-1', 3, 4))).status).toBe(412);
  });

  it('answers an unreachable event store with 503 and hides internals', async () => {
    const { status, body } = await problemFor(new EventStoreUnavailableError('connect ECONNREFUSED 10.0.0.5:2113'));
    expect(status).toBe(503);
    expect(String(body['detail'])).not.toContain('10.0.0.5');
  });

  it('answers anything unexpected with 500 without leaking the error text', async () => {
    const { status, body } = await problemFor(new Error('SQLITE_CORRUPT at /var/data'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('SQLITE_CORRUPT');
  });
});
