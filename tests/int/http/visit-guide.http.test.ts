import type { VisitGuideDto } from '../../../application/visit/read-models/visit-guide.dto';
import type { VisitOpenedDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act, movingFamily } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

const tokyoDay = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(instant);
const plusDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
/** 12月17日（木）まで, or 令和9年1月4日（月）まで across a year. */
const labelPattern = /^(令和\S+年)?\d{1,2}月\d{1,2}日（[日月火水木金土]）まで$/;

describe("GET /api/visits/:id/guide: the resident's guide with deadlines as days and each department's place and phone", () => {
  let server: RunningServer;
  let clerk: ApiClient;
  const today = tokyoDay(new Date());
  const movedOn = plusDays(today, -5);

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  async function guideOf(persons: ReadonlyArray<Record<string, unknown>>): Promise<VisitGuideDto> {
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    const visitId = opened.body.id;
    let revision = opened.body.revision;
    for (const person of persons) revision = (await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, person, revision)).result.revision;
    revision = (await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] }, revision)).result.revision;
    const answered = await act(clerk, 'PUT', `/api/visits/${visitId}/answers`, { answers: { moved_from: 'other', jido_teate_claimant: 'head' } }, revision);
    const response = await clerk.json<VisitGuideDto>('GET', `/api/visits/${visitId}/guide?after=${encodeURIComponent(answered.result.position ?? '')}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  it("counts a move's deadlines from the day the family moved, and says so", async () => {
    const guide = await guideOf(movingFamily.map((person) => ({ ...person, movedOn, previousAddress: '宮城県仙台市青葉区本町1丁目1番1号' })));
    const tennyu = guide.remaining.find((procedure) => procedure.procedureId === 'tennyu-todoke');
    expect(tennyu?.deadline).toEqual(expect.objectContaining({ text: '引っ越した日から14日以内', countedFrom: 'event-day' }));
    // 14 days after the move, moved on past closed days (a weekend, 年末年始: at most 6 days).
    expect(tennyu?.deadline?.date && tennyu.deadline.date >= plusDays(movedOn, 14) && tennyu.deadline.date <= plusDays(movedOn, 20)).toBe(true);
    expect(tennyu?.deadline?.label).toMatch(labelPattern);
    expect(tennyu?.place).toBe('本館 1階 1〜10番窓口');
  });

  it("counts from the visit's day when the visit does not know the event's day, and keeps only the text without days", async () => {
    const guide = await guideOf(movingFamily.slice(0, 1));
    const withDays = guide.remaining.filter((procedure) => procedure.deadline?.date);
    expect(withDays.length).toBeGreaterThan(0);
    for (const procedure of withDays) {
      expect([procedure.procedureId, ['visit-day', 'filing-day'].includes(procedure.deadline?.countedFrom ?? '')]).toEqual([procedure.procedureId, true]);
      expect(procedure.deadline?.date && procedure.deadline.date > today).toBe(true);
      expect(procedure.deadline?.label).toMatch(labelPattern);
    }
    for (const procedure of guide.remaining.filter((p) => p.deadline && p.deadline.date === null)) {
      expect(procedure.deadline).toEqual({ text: procedure.deadline?.text, date: null, label: null, countedFrom: null });
    }
  });

  it("lists each department of the remaining procedures with its building, floor, counters and phone, and nothing about persons but names", async () => {
    const guide = await guideOf(movingFamily);
    expect(guide.departments.map((d) => d.departmentId)).toEqual([...new Set(guide.remaining.map((p) => p.departmentId))]);
    expect(guide.departments.find((d) => d.departmentId === 'shimin-toroku')).toEqual({
      departmentId: 'shimin-toroku',
      name: '市民登録課',
      officeName: '花巻市役所 本庁',
      building: '本館',
      floor: '1階',
      counters: '1〜10番窓口',
      phone: '0198-24-2111',
    });
    expect(guide.departments.find((d) => d.departmentId === 'kodomo')).toEqual(expect.objectContaining({ building: '新館', floor: '2階', phone: '0198-24-2111' }));
    expect(guide.officePhone).toBe('0198-24-2111');
    const text = JSON.stringify(guide);
    for (const person of movingFamily) expect(text).not.toContain(person.birthDate);
    expect(text).not.toContain('花城町1番1号');
  });

  it('is not found for a visit that does not exist', async () => {
    const response = await clerk.json<{ detail: string }>('GET', '/api/visits/00000000-0000-4000-8000-000000000000/guide');
    expect(response.status).toBe(404);
  });
});
