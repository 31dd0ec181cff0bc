import type { EventStore } from '../../../application/shared/event-store';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

interface Opened {
  id: string;
  revision: number;
  position: string;
}

describe('opening a visit over HTTP', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-03', TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  it('answers 201 with the id, stores VisitOpened in visit-<id>, and serves the visit', async () => {
    const opened = await clerk.json<Opened>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('location')).toBe(`/api/visits/${opened.body.id}`);
    const events = await server.container.get<EventStore>(SharedTokens.eventStore).readStream(`visit-${opened.body.id}`);
    expect(events.map((e) => e.type)).toEqual(['VisitOpened']);
    expect(events[0]!.data).toMatchObject({ counterId: 'shimin-toroku-03', departmentId: 'shimin-toroku', officeId: 'honcho' });
    expect(events[0]!.metadata.actor).not.toBe('anonymous');

    const visit = await clerk.json<Record<string, unknown>>('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`);
    expect(visit.status).toBe(200);
    expect(visit.body).toMatchObject({ id: opened.body.id, status: 'open', counterName: '市民登録課 3番窓口', departmentName: '市民登録課', officeName: '花巻市役所 本庁' });
    expect(visit.body['openedByName']).not.toBe(visit.body['openedBy']);
  });

  it('shows the new visit in the department queue once the read model has it', async () => {
    const opened = await clerk.json<Opened>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
    const queue = await clerk.json<{ visits: Array<{ visitId: string }> }>('GET', `/api/departments/shimin-toroku/queue?after=${encodeURIComponent(opened.body.position)}`);
    expect(queue.body.visits.map((v) => v.visitId)).toContain(opened.body.id);
  });

  it('refuses a counter of another department with 403 and writes nothing', async () => {
    const store = server.container.get<EventStore>(SharedTokens.eventStore);
    const before = await store.headPosition();
    const response = await clerk.json<{ code: string; detail: string }>('POST', '/api/visits', { counterId: 'kodomo-01' });
    expect(response.status).toBe(403);
    expect(response.body.detail).toContain('こども課');
    expect(await store.headPosition()).toEqual(before);
  });

  it('answers an unknown counter with 404 and a bad body with 400', async () => {
    expect((await clerk.json('POST', '/api/visits', { counterId: 'no-such-counter' })).status).toBe(404);
    const bad = await clerk.json<{ errors: Array<{ field: string }> }>('POST', '/api/visits', { counterId: 42, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['counterId', 'extra']));
  });

  it('hides a visit of another department from a clerk of that other department', async () => {
    const opened = await clerk.json<Opened>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
    const other = new ApiClient(server.url);
    await other.login('kodomo-01', TEST_PASSWORD);
    expect((await other.request('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(opened.body.position)}`)).status).toBe(404);
    expect((await other.request('GET', '/api/departments/shimin-toroku/queue')).status).toBe(403);
  });

  it('pushes a change to every clerk of the department over server-sent events', async () => {
    const colleague = new ApiClient(server.url);
    await colleague.login('shimin-toroku-05', TEST_PASSWORD);
    const stream = await colleague.request('GET', '/api/live', undefined, { Accept: 'text/event-stream' });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const opened = await clerk.json<Opened>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
    const deadline = Date.now() + 3000;
    while (!text.includes('"department-queue"') && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    await reader.cancel();
    expect(text).toContain('event: change');
    expect(text).toContain('"key":"shimin-toroku"');
    expect(opened.status).toBe(201);
  });
});
