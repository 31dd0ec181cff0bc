import type { EventStore } from '../../../application/shared/event-store';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

interface Changed {
  revision: number;
  position: string;
}
interface Problem {
  code: string;
  detail: string;
  errors: Array<{ field: string; message: string }>;
}

/** Interview answers are facts the proposal rules read: only answers that fit a chosen event's question are kept. */
describe('interview answers over HTTP', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let store: EventStore;
  let visitId = '';

  beforeAll(async () => {
    server = await startTestServer();
    store = server.container.get<EventStore>(SharedTokens.eventStore);
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    visitId = (await clerk.json<{ id: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' })).body.id;
    expect((await clerk.json<Changed>('PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] })).status).toBe(200);
  });
  afterAll(() => server.stop());

  const head = async () => String((await store.headPosition())?.commit);

  it.each([
    ['a string for a yes/no question', { wants_seal_registration: 'yes' }, 'answers.wants_seal_registration'],
    ['a choice the question does not offer', { moved_from: 'the-moon' }, 'answers.moved_from'],
    ['a question of a life event not chosen', { deceased_received_pension: true }, 'answers.deceased_received_pension'],
    ['a question that does not exist', { favourite_colour: 'blue' }, 'answers.favourite_colour'],
  ])('refuses %s with a Japanese 422 naming it, and records nothing', async (_name, answers, field) => {
    const before = await head();
    const answer = await clerk.json<Problem>('PUT', `/api/visits/${visitId}/answers`, { answers });
    expect([answer.status, answer.body.code]).toEqual([422, 'VISIT.INVALID_ANSWERS']);
    expect(answer.body.errors.map((e) => e.field)).toEqual([field]);
    expect(answer.body.detail).toMatch(/回答を確認してください/);
    expect(await head()).toBe(before);
  });

  it('records answers that fit, and clears one with null', async () => {
    const recorded = await clerk.json<Changed>('PUT', `/api/visits/${visitId}/answers`, { answers: { moved_from: 'other', wants_seal_registration: true } });
    expect(recorded.status).toBe(200);
    const cleared = await clerk.json<Changed>('PUT', `/api/visits/${visitId}/answers`, { answers: { wants_seal_registration: null } });
    expect(cleared.status).toBe(200);
    const workspace = await clerk.json<{ questions: Array<{ id: string; answer: unknown }> }>('GET', `/api/visits/${visitId}?after=${encodeURIComponent(cleared.body.position)}`);
    const answers = Object.fromEntries(workspace.body.questions.map((q) => [q.id, q.answer]));
    expect(answers).toMatchObject({ moved_from: 'other', wants_seal_registration: null });
  });
});
