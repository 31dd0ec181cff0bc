import type { SupervisorBoardDto } from '../../../application/visit/read-models/boards.dto';
import type { DepartmentQueueDto } from '../../../application/visit/read-models/department-queue.dto';
import type { VisitOpenedDto, VisitTimelineDto, VisitWorkspaceDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act, movingFamily } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

const answers = {
  moved_from: 'other',
  tenshutsu_method: 'certificate',
  keeps_employee_insurance: 'all_leave',
  kaigo_certified: false,
  jido_teate_claimant: 'head',
  claimant_is_public_servant: false,
  wants_seal_registration: false,
};

async function login(server: RunningServer, username: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  expect((await client.login(username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('the counter flow over HTTP: a family moving in, across three departments', () => {
  let server: RunningServer;
  let shimin: ApiClient;
  let visit: VisitWorkspaceDto;

  beforeAll(async () => {
    server = await startTestServer();
    shimin = await login(server, 'shimin-toroku-01');
    const opened = await shimin.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    expect(opened.status).toBe(201);
    expect(opened.body.ticketNumber).toBe(1);
    let revision = opened.body.revision;
    for (const member of movingFamily) {
      const added = await act(shimin, 'POST', `/api/visits/${opened.body.id}/persons/manual`, member, revision);
      expect(added.status).toBe(200);
      revision = added.result.revision;
    }
    revision = (await act(shimin, 'PUT', `/api/visits/${opened.body.id}/life-events`, { lifeEventIds: ['tennyu'] }, revision)).result.revision;
    visit = (await act(shimin, 'PUT', `/api/visits/${opened.body.id}/answers`, { answers }, revision)).workspace!;
  });
  afterAll(() => server.stop());

  const item = (id: string) => visit.checklist.find((i) => i.procedureId === id);

  it('numbers tickets per office per day', async () => {
    const colleague = await login(server, 'shimin-toroku-02');
    const next = await colleague.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-02' });
    expect(next.body.ticketNumber).toBe(2);
    const branch = await login(server, 'towa-shimin-service-01');
    expect((await branch.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'towa-shimin-service-01' })).body.ticketNumber).toBe(1);
  });

  it('proposes every procedure the household needs, each with the reason naming the person', () => {
    const proposed = visit.checklist.map((i) => i.procedureId);
    expect(proposed).toEqual(expect.arrayContaining(['tennyu-todoke', 'kokuho-kanyu', 'kokuho-koreijukyusha', 'jido-teate-nintei', 'kodomo-iryohi-toroku', 'kaigo-shikaku-shutoku']));
    expect(proposed).not.toContain('koki-shikaku-shutoku');
    expect(proposed).not.toContain('tenko');
    expect(item('kokuho-kanyu')).toMatchObject({ departmentName: '国保医療課', personNames: expect.arrayContaining(['花巻 陽太', '花巻 トメ']) });
    expect(item('kaigo-shikaku-shutoku')?.reasons.join()).toContain('花巻 トメ');
    expect(item('kodomo-iryohi-toroku')?.reasons.join()).toContain('花巻 陽太');
    expect(item('tennyu-todoke')).toMatchObject({ deadline: expect.stringContaining('14日'), canChange: true, status: 'not_started' });
    expect(item('kokuho-kanyu')?.canChange).toBe(false);
    expect(visit.questions.map((q) => q.id)).toContain('keeps_employee_insurance');
  });

  it('lets only the owning department set a status, with a Japanese reason for refusal', async () => {
    const refused = await act(shimin, 'PUT', `/api/visits/${visit.id}/procedures/kokuho-kanyu/status`, { status: 'done' });
    expect(refused.status).toBe(403);
    expect(refused.result.detail).toContain('担当課');
    const done = await act(shimin, 'PUT', `/api/visits/${visit.id}/procedures/tennyu-todoke/status`, { status: 'done' }, visit.revision);
    expect(done.status).toBe(200);
    visit = done.workspace!;
    expect(item('tennyu-todoke')?.status).toBe('done');
  });

  it('gives the second of two clerks a conflict with a Japanese message, and changes nothing', async () => {
    const stale = visit.revision;
    const a = await act(shimin, 'PUT', `/api/visits/${visit.id}/answers`, { answers: { has_dog: true } }, stale);
    expect(a.status).toBe(200);
    const b = await act(shimin, 'PUT', `/api/visits/${visit.id}/answers`, { answers: { has_dog: false } }, stale);
    expect(b.status).toBe(412);
    expect(b.result.detail).toContain('他の職員');
    visit = (await shimin.json<VisitWorkspaceDto>('GET', `/api/visits/${visit.id}?after=${encodeURIComponent(a.result.position!)}`)).body;
    expect(visit.questions.find((q) => q.id === 'has_dog')?.answer).toBe(true);
  });

  it('hands off to 国保医療課, whose clerk sees everything already known and completes its part', async () => {
    const handoff = await act(shimin, 'POST', `/api/visits/${visit.id}/hand-off`, { toDepartmentId: 'kokuho-iryo', note: '国保の加入' }, visit.revision);
    expect(handoff.status).toBe(200);
    const kokuho = await login(server, 'kokuho-iryo-02');
    const queue = await kokuho.json<DepartmentQueueDto>('GET', `/api/departments/kokuho-iryo/queue?after=${encodeURIComponent(handoff.result.position!)}`);
    expect(queue.body.visits.find((v) => v.visitId === visit.id)).toMatchObject({ phase: 'waiting', ticketNumber: 1, applicantName: '花巻 一郎', counterName: '窓口未定', handOff: { fromDepartmentName: '市民登録課', note: '国保の加入' } });
    const called = await act(kokuho, 'POST', `/api/visits/${visit.id}/service-start`, { counterId: 'kokuho-iryo-02' }, handoff.result.revision);
    expect(called.workspace).toMatchObject({ phase: 'in_service', counterName: '国保医療課 2番窓口' });
    expect(called.workspace!.persons).toHaveLength(4);
    let revision = called.result.revision;
    for (const id of called.workspace!.checklist.filter((i) => i.departmentId === 'kokuho-iryo').map((i) => i.procedureId)) {
      const done = await act(kokuho, 'PUT', `/api/visits/${visit.id}/procedures/${id}/status`, { status: 'done' }, revision);
      expect(done.status).toBe(200);
      revision = done.result.revision;
      visit = done.workspace!;
    }
    expect(visit.checklist.filter((i) => i.departmentId === 'kokuho-iryo').every((i) => i.status === 'done')).toBe(true);
  });

  it('refuses to close with open procedures unless the reason is recorded, then closes', async () => {
    const kodomo = await login(server, 'kodomo-01');
    const handoff = await act(await login(server, 'kokuho-iryo-02'), 'POST', `/api/visits/${visit.id}/hand-off`, { toDepartmentId: 'kodomo', toCounterId: 'kodomo-01' }, visit.revision);
    const called = await act(kodomo, 'POST', `/api/visits/${visit.id}/service-start`, { counterId: 'kodomo-01' }, handoff.result.revision);
    const done = await act(kodomo, 'PUT', `/api/visits/${visit.id}/procedures/jido-teate-nintei/status`, { status: 'done' }, called.result.revision);
    const refused = await act(kodomo, 'POST', `/api/visits/${visit.id}/close`, {}, done.result.revision);
    expect(refused.status).toBe(409);
    expect(refused.result.code).toBe('VISIT.OPEN_PROCEDURES_REMAIN');
    const closed = await act(kodomo, 'POST', `/api/visits/${visit.id}/close`, { reason: '介護保険は後日、長寿福祉課で手続き' }, done.result.revision);
    expect(closed.status).toBe(200);
    expect(closed.workspace).toMatchObject({ status: 'closed', closeReason: '介護保険は後日、長寿福祉課で手続き' });
    const queue = await kodomo.json<DepartmentQueueDto>('GET', `/api/departments/kodomo/queue?after=${encodeURIComponent(closed.result.position!)}`);
    expect(queue.body.visits.map((v) => v.visitId)).not.toContain(visit.id);
  });

  it('shows a supervisor the timeline in plain Japanese, who did what and when', async () => {
    const supervisor = await login(server, 'shimin-toroku-kantoku');
    const timeline = await supervisor.json<VisitTimelineDto>('GET', `/api/visits/${visit.id}/timeline`);
    const lines = timeline.body.entries.map((e) => `${e.actorName}: ${e.text}`);
    expect(lines[0]).toMatch(/市民登録課 1番窓口で受付しました（受付番号 1）/);
    expect(lines.join('\n')).toContain('市民登録課から国保医療課へ引き継ぎました');
    expect(lines.join('\n')).toContain('「国民健康保険 加入」を 「未着手」 から 「完了」 にしました');
    expect(lines.join('\n')).toContain('システムが手続きを見直しました');
    expect(lines[lines.length - 1]).toContain('受付を完了しました');
    expect(timeline.body.entries.every((e) => e.actorName && e.at)).toBe(true);
  });
});

describe('the counter flow over HTTP: register, branch office, boards and catalogue changes', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('adds a registered family with its household and proposes for the concerned person only', async () => {
    const clerk = await login(server, 'shimin-toroku-04');
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-04' });
    const added = await act(clerk, 'POST', `/api/visits/${opened.body.id}/persons`, { atenaNumber: '1000001011', withHousehold: true, applicant: true, concerned: true }, opened.body.revision);
    expect(added.workspace!.persons.map((p) => [p.name, p.concerned])).toEqual([
      ['菊池　健太', true],
      ['菊池　美咲', false],
      ['菊池　陽葵', false],
      ['菊池　和子', false],
    ]);
    const suppressed = await act(clerk, 'POST', `/api/visits/${opened.body.id}/persons`, { atenaNumber: '1000005017' }, added.result.revision);
    expect(suppressed.status).toBe(404);
  });

  it('gives every procedure of a visit at a branch office to that office\'s 市民サービス課', async () => {
    const clerk = await login(server, 'ohasama-shimin-service-02');
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'ohasama-shimin-service-02' });
    let revision = opened.body.revision;
    for (const member of movingFamily.slice(0, 3)) revision = (await act(clerk, 'POST', `/api/visits/${opened.body.id}/persons/manual`, member, revision)).result.revision;
    const chosen = await act(clerk, 'PUT', `/api/visits/${opened.body.id}/life-events`, { lifeEventIds: ['tennyu'] }, revision);
    expect(chosen.workspace!.checklist.length).toBeGreaterThan(3);
    expect(new Set(chosen.workspace!.checklist.map((i) => i.departmentName))).toEqual(new Set(['大迫総合支所 市民サービス課']));
    expect(chosen.workspace!.checklist.every((i) => i.canChange)).toBe(true);
  });

  it('shows the supervisor who waits where, and refuses the board to a clerk', async () => {
    const clerk = await login(server, 'shimin-toroku-05');
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-05' });
    const handoff = await act(clerk, 'POST', `/api/visits/${opened.body.id}/hand-off`, { toDepartmentId: 'choju-fukushi' }, opened.body.revision);
    const supervisor = await login(server, 'choju-fukushi-kantoku');
    await supervisor.json('GET', `/api/visits/${opened.body.id}?after=${encodeURIComponent(handoff.result.position!)}`);
    const board = await supervisor.json<SupervisorBoardDto>('GET', '/api/supervisor/board');
    const choju = board.body.departments.find((d) => d.departmentId === 'choju-fukushi')!;
    expect(choju.waiting).toBe(1);
    expect(choju.waitingVisits[0]).toMatchObject({ visitId: opened.body.id, phase: 'waiting' });
    expect(choju.longestWaitingSince).not.toBeNull();
    expect((await clerk.request('GET', '/api/supervisor/board')).status).toBe(403);
  });

  it('applies an admin\'s catalogue change to the next proposal without a restart', async () => {
    const admin = await login(server, 'admin');
    const catalogue = await admin.json<{ revision: number }>('GET', '/api/catalogue');
    const procedure = { id: 'gomi-annai', name: 'ごみ出しルールの案内', category: '生活', departmentId: 'shimin-toroku', formIds: [], description: '分別表を渡す', perPerson: false, active: true };
    const saved = await admin.json<{ revision: number }>('PUT', '/api/catalogue/procedures/gomi-annai', procedure);
    expect(saved.status).toBe(200);
    const rule = { id: 'gomi-annai-tennyu', procedureId: 'gomi-annai', lifeEventIds: ['tennyu'], scope: 'visit', when: true, reason: '転入された世帯には、ごみの出し方を案内します', active: true };
    const stale = await admin.request('PUT', '/api/catalogue/rules/gomi-annai-tennyu', rule, { 'If-Match': `"${catalogue.body.revision}"` });
    expect(stale.status).toBe(412);
    const badRule = await admin.json<{ errors: Array<{ message: string }> }>('PUT', '/api/catalogue/rules/gomi-annai-tennyu', { ...rule, procedureId: 'nai' });
    expect(badRule.status).toBe(422);
    expect(badRule.body.errors.length).toBeGreaterThan(0);
    expect((await admin.json('PUT', '/api/catalogue/rules/gomi-annai-tennyu', rule)).status).toBe(200);

    const clerk = await login(server, 'shimin-toroku-06');
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-06' });
    const added = await act(clerk, 'POST', `/api/visits/${opened.body.id}/persons/manual`, movingFamily[0], opened.body.revision);
    const chosen = await act(clerk, 'PUT', `/api/visits/${opened.body.id}/life-events`, { lifeEventIds: ['tennyu'] }, added.result.revision);
    expect(chosen.workspace!.checklist.find((i) => i.procedureId === 'gomi-annai')).toMatchObject({ name: 'ごみ出しルールの案内', reasons: ['転入された世帯には、ごみの出し方を案内します'] });
    expect((await clerk.request('PUT', '/api/catalogue/procedures/gomi-annai', procedure)).status).toBe(403);
  });
});
