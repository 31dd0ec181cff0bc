import type { VisitFormDto, VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import type { VisitOpenedDto, VisitWorkspaceDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(120_000);

const insurance = { kokuho: true, koki: false, employee: false, kaigo: 'none', nenkin: '1号' };
const address = { address: '岩手県花巻市花城町1番1号', postalCode: '025-0075', katagaki: '花城ハイツ101' };
const manual = (name: string, birthDate: string, sex: 'male' | 'female', relationship: string, extra: Record<string, unknown> = {}) => ({
  name,
  nameKana: 'ハナマキ',
  birthDate,
  sex,
  relationship,
  isHouseholdHead: relationship === '世帯主',
  applicant: false,
  concerned: true,
  insurance,
  hasMyNumberCard: false,
  ...address,
  ...extra,
});

const value = (form: VisitFormDto | undefined, fieldId: string) => form?.fields.find((f) => f.id === fieldId)?.value ?? null;

describe('who is who: the parts each person plays reach the proposals and the forms', () => {
  let server: RunningServer;
  let clerk: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  async function visitWith(persons: ReadonlyArray<Record<string, unknown>>, lifeEventIds: string[], answers: Record<string, unknown>) {
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    const visitId = opened.body.id;
    let revision = opened.body.revision;
    for (const person of persons) revision = (await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, person, revision)).result.revision;
    revision = (await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds }, revision)).result.revision;
    const answered = await act(clerk, 'PUT', `/api/visits/${visitId}/answers`, { answers }, revision);
    return { visitId, revision: answered.result.revision, position: answered.result.position as string | null };
  }

  async function workspace(visitId: string, position: string | null) {
    return (await clerk.json<VisitWorkspaceDto>('GET', `/api/visits/${visitId}${position ? `?after=${encodeURIComponent(position)}` : ''}`)).body;
  }

  async function forms(visitId: string) {
    const filled = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms`);
    expect(filled.status).toBe(200);
    return (await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms?after=${encodeURIComponent(filled.body.position)}`)).body.forms;
  }

  it('婚姻届 prints the couple as 夫 and 妻 from the persons', async () => {
    const husband = manual('花巻 一郎', '1994-04-01', 'male', '世帯主', { applicant: true });
    const wife = manual('北上 花子', '1996-09-09', 'female', '同居人');
    const { visitId, position } = await visitWith([husband, wife], ['konin'], { marital_surname: 'husband', dependant_spouse: 'none', address_change: 'none' });
    const ws = await workspace(visitId, position);
    const konin = ws.lifeEvents.find((e) => e.id === 'konin')!;
    const names = (role: string) => konin.roles.find((r) => r.role === role)!.personIds.map((id) => ws.persons.find((p) => p.personId === id)!.name);
    expect([names('husband'), names('wife'), konin.missingRoles]).toEqual([['花巻 一郎'], ['北上 花子'], []]);
    const form = (await forms(visitId)).find((f) => f.templateId === 'konin-todoke');
    expect([value(form, 'husband_name'), value(form, 'wife_name'), value(form, 'wife_birth_date')]).toEqual(['花巻 一郎', '北上 花子', '1996-09-09']);
  });

  it('出生届 prints the child, the parents and the 届出人 from the persons', async () => {
    const father = manual('花巻 一郎', '1990-01-01', 'male', '世帯主', { applicant: true, concerned: false });
    const mother = manual('花巻 花子', '1992-02-02', 'female', '妻', { concerned: false });
    const baby = manual('花巻 陽太', '2026-11-20', 'male', '子');
    const { visitId } = await visitWith([father, mother, baby], ['shussei'], { newborn_insurance: 'kokuho', birth_weight_under_2500: false, jido_teate_claimant: 'head', claimant_is_public_servant: false, wants_childcare: false });
    const form = (await forms(visitId)).find((f) => f.templateId === 'shussei-todoke');
    expect([value(form, 'concerned_1_name'), value(form, 'father_name'), value(form, 'mother_name'), value(form, 'applicant_name')]).toEqual(['花巻 陽太', '花巻 一郎', '花巻 花子', '花巻 一郎']);
  });

  it('印鑑登録 goes only to the movers aged 15 and over, and 届出人との関係 is worked out for each form', async () => {
    const head = manual('盛岡 太郎', '1980-05-10', 'male', '世帯主', { applicant: true, previousAddress: '宮城県仙台市青葉区本町3丁目8番1号', movedOn: '2026-11-20' });
    const wife = manual('盛岡 花子', '1982-08-20', 'female', '妻', { previousAddress: '宮城県仙台市青葉区本町3丁目8番1号', movedOn: '2026-11-20' });
    const son = manual('盛岡 陽太', '2018-06-01', 'male', '子', { previousAddress: '宮城県仙台市青葉区本町3丁目8番1号', movedOn: '2026-11-20' });
    const daughter = manual('盛岡 結衣', '2023-03-03', 'female', '子', { previousAddress: '宮城県仙台市青葉区本町3丁目8番1号', movedOn: '2026-11-20' });
    const { visitId, position } = await visitWith([head, wife, son, daughter], ['tennyu'], { moved_from: 'other', tenshutsu_method: 'certificate', jido_teate_claimant: 'head', claimant_is_public_servant: false, wants_childcare: false, pregnant: false, wants_seal_registration: true, has_dog: false, has_moped: false, receives_jiritsu_shien_iryo: false });
    const ws = await workspace(visitId, position);
    expect(ws.checklist.find((i) => i.procedureId === 'inkan-toroku')?.personNames).toEqual(['盛岡 太郎', '盛岡 花子']);
    const all = await forms(visitId);
    expect(all.filter((f) => f.templateId === 'inkan-toroku-shinsei').map((f) => f.personName)).toEqual(['盛岡 太郎', '盛岡 花子']);
    const ido = all.find((f) => f.templateId === 'jumin-ido-todoke');
    expect([value(ido, 'previous_address'), value(ido, 'move_date'), value(ido, 'new_katagaki')]).toEqual(['宮城県仙台市青葉区本町3丁目8番1号', '2026-11-20', '花城ハイツ101']);
    expect(value(ido, 'new_address')).toBe('岩手県花巻市花城町1番1号');
    const perPerson = all.filter((f) => f.fields.some((field) => field.id === 'applicant_capacity') && f.personName !== null);
    const capacities = new Map(perPerson.map((f) => [f.personName, value(f, 'applicant_capacity')]));
    expect([capacities.get('盛岡 太郎'), capacities.get('盛岡 陽太')]).toEqual(['self', 'household']);
  });

  it('with 離婚 and 転居, "concerned" is per event: only the moving mother and children are 転居 movers', async () => {
    const husband = manual('花巻 一郎', '1985-01-01', 'male', '世帯主', { concerned: true });
    const wife = manual('花巻 花子', '1987-02-02', 'female', '妻', { applicant: true, concerned: true });
    const child = manual('花巻 陽太', '2015-03-03', 'male', '子', { concerned: false });
    const { visitId, revision, position } = await visitWith([husband, wife, child], ['rikon', 'tenkyo'], { marital_surname: 'husband', keeps_married_surname: false, children_with: 'wife', dependant_spouse: 'none', living_after: 'moves_within_city', has_school_children: true, wants_childcare: false, has_dog: false, receives_jiritsu_shien_iryo: false });
    const ws = await workspace(visitId, position);
    const id = (name: string) => ws.persons.find((p) => p.name === name)!.personId;
    let rev = revision;
    rev = (await act(clerk, 'PUT', `/api/visits/${visitId}/life-events/tenkyo/persons/${id('花巻 一郎')}/roles`, { roles: [] }, rev)).result.revision;
    const last = await act(clerk, 'PUT', `/api/visits/${visitId}/life-events/tenkyo/persons/${id('花巻 陽太')}/roles`, { roles: ['subject'] }, rev);
    const after = await workspace(visitId, last.result.position as string);
    const tenkyo = after.lifeEvents.find((e) => e.id === 'tenkyo')!;
    const rikon = after.lifeEvents.find((e) => e.id === 'rikon')!;
    expect(tenkyo.roles.find((r) => r.role === 'subject')!.personIds).toEqual([id('花巻 花子'), id('花巻 陽太')]);
    expect([rikon.roles.find((r) => r.role === 'husband')!.personIds, rikon.roles.find((r) => r.role === 'wife')!.personIds]).toEqual([[id('花巻 一郎')], [id('花巻 花子')]]);
    const unknownRole = await clerk.json('PUT', `/api/visits/${visitId}/life-events/tenkyo/persons/${id('花巻 陽太')}/roles`, { roles: ['husband'] });
    expect([unknownRole.status, (unknownRole.body as { code?: string }).code]).toEqual([422, 'VISIT.ROLE_UNKNOWN']);
    const timeline = await clerk.json<{ entries: Array<{ text: string }> }>('GET', `/api/visits/${visitId}/timeline`);
    expect(timeline.body.entries.some((e) => e.text.includes('転居での 花巻 陽太 さんの役割を「異動者（転居する方）」にしました'))).toBe(true);
  });
});
