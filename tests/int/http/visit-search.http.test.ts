import { localDayIn } from '../../../application/city/local-day';
import type { EventStore } from '../../../application/shared/event-store';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { VisitSearchResultDto } from '../../../application/visit/read-models/visit-search.dto';
import type { VisitOpenedDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act, movingFamily } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

const dayOf = localDayIn('Asia/Tokyo');
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('searching visits over HTTP (来庁記録の検索)', () => {
  let server: RunningServer;
  const clients: Record<string, ApiClient> = {};
  let visitId = '';
  let ticketNumber = 0;
  let position = '';
  // Around today, so that a run across midnight still covers the visit's day.
  const today = dayOf(new Date().toISOString());
  const period = `from=${shift(today, -1)}&to=${shift(today, 1)}`;

  const search = (who: string, query: string) => clients[who]!.json<VisitSearchResultDto & { code?: string; detail?: string; errors?: Array<{ field: string }> }>('GET', `/api/visits/search?${query}&after=${encodeURIComponent(position)}`);

  beforeAll(async () => {
    server = await startTestServer();
    for (const username of ['shimin-toroku-03', 'kodomo-01', 'kokuho-iryo-kantoku', 'kansa']) {
      clients[username] = new ApiClient(server.url);
      expect((await clients[username].login(username, TEST_PASSWORD)).status).toBe(200);
    }
    const clerk = clients['shimin-toroku-03']!;
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
    visitId = opened.body.id;
    ticketNumber = opened.body.ticketNumber!;
    const added = await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, { ...movingFamily[0], name: '髙橋 検索', nameKana: 'タカハシ ケンサク' }, opened.body.revision);
    expect(added.status).toBe(200);
    const closed = await act(clerk, 'POST', `/api/visits/${visitId}/close`, { reason: '検索の試験のため、残りは後日' }, added.result.revision);
    expect(closed.status).toBe(200);
    position = closed.result.position!;
  });
  afterAll(() => server.stop());

  it('lets an auditor find a closed visit by its reading typed in hiragana, with its status, departments and progress', async () => {
    const found = await search('kansa', `${period}&name=${encodeURIComponent('たかはし　けんさく')}&status=closed`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((i) => i.visitId)).toEqual([visitId]);
    expect(found.body.items[0]).toMatchObject({ ticketNumber, status: 'closed', statusLabel: '完了', workable: false, persons: [{ name: '髙橋 検索', applicant: true }] });
    expect(found.body.items[0]!.departments.map((d) => d.departmentId)).toContain('shimin-toroku');
    expect(found.body.items[0]!.closedAt).not.toBeNull();
  });

  it('lets a supervisor of another department find it by ticket', async () => {
    const found = await search('kokuho-iryo-kantoku', `${period}&ticket=${ticketNumber}`);
    expect(found.body.items.map((i) => i.visitId)).toContain(visitId);
  });

  it('shows the visit to a clerk of its department, and not to a clerk of a department that took no part', async () => {
    const own = await search('shimin-toroku-03', `${period}&name=${encodeURIComponent('髙橋')}`);
    expect(own.body.items.map((i) => i.visitId)).toEqual([visitId]);
    const departments = own.body.items[0]!.departments.map((d) => d.departmentId);
    expect(departments).not.toContain('kodomo');
    const other = await search('kodomo-01', `${period}&name=${encodeURIComponent('髙橋')}`);
    expect(other.status).toBe(200);
    expect(other.body.items).toEqual([]);
  });

  it.each([
    ['from=2026-13-01', 'from=2026-13-01', 'from'],
    ['from=2026-02-29&to=2026-03-01', 'from=2026-02-29&to=2026-03-01', 'from'],
    ['from after to', `from=${today}&to=${shift(today, -1)}`, 'from'],
    ['a period over 366 days', `from=${shift(today, -400)}&to=${today}`, 'from'],
    ['ticket=abc', 'ticket=abc', 'ticket'],
    ['ticket=0', 'ticket=0', 'ticket'],
    ['status=done', 'status=done', 'status'],
    ['limit=101', 'limit=101', 'limit'],
    ['cursor=%E3%81%82', 'cursor=%E3%81%82', 'cursor'],
    ['name=a&name=b', 'name=a&name=b', 'name'],
    ['name=あ×101', `name=${'あ'.repeat(101)}`, 'name'],
  ])('refuses %s with a 400 problem in Japanese naming the field, and appends nothing', async (_label, query, field) => {
    const store = server.container.get<EventStore>(SharedTokens.eventStore);
    const before = await store.headPosition();
    const refused = await clients['kansa']!.json<{ code: string; detail: string; errors: Array<{ field: string }> }>('GET', `/api/visits/search?${query}`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VISIT.INVALID_SEARCH');
    expect(refused.body.detail).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(refused.body.errors.map((e) => e.field)).toContain(field);
    expect(await store.headPosition()).toEqual(before);
  });

  it('answers without a session with 401', async () => {
    expect((await new ApiClient(server.url).request('GET', '/api/visits/search')).status).toBe(401);
  });
});
