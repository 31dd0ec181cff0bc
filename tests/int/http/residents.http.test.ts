import type { ResidentDetailDto, ResidentSearchResultDto } from '../../../application/linkage/resident-register/resident.dto';
import { withCheckDigit } from '../../../domain/linkage';
import { namedFixtures } from '../../../infrastructure/linkage/simulated-register/named-fixtures';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  type: string;
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('looking residents up in the register over HTTP', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  const family = namedFixtures.familyWithToddlerAndGrandparent;

  it('finds residents by kana typed in hiragana and answers summaries without insurance, marked with the source', async () => {
    const response = await clerk.json<ResidentSearchResultDto>('GET', `/api/residents?${q({ kana: 'きくち　けんた' })}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body.source).toBe('住民記録（シミュレーション）');
    const hit = response.body.results.find((r) => r.atenaNumber === family.atenaNumbers[0]);
    expect(hit).toMatchObject({ name: '菊池\u3000健太', nameKana: 'キクチ\u3000ケンタ', relationship: '世帯主', status: '住民' });
    expect(hit).not.toHaveProperty('insurance');
    expect(hit).not.toHaveProperty('allowances');
    expect(hit).not.toHaveProperty('honseki');
  });

  it('searches by birth date, address with full-width digits, name and 宛名番号, all criteria together', async () => {
    const byAll = await clerk.json<ResidentSearchResultDto>(
      'GET',
      `/api/residents?${q({ name: '菊池', birthDate: '１９８８/７/１４', address: '若葉町３－１２', atena: family.atenaNumbers[0]! })}`,
    );
    expect(byAll.status).toBe(200);
    expect(byAll.body.results.map((r) => r.name)).toEqual(['菊池\u3000健太']);
    const byDate = await clerk.json<ResidentSearchResultDto>('GET', `/api/residents?${q({ birthDate: '2019-05-01' })}`);
    expect(byDate.body.results.map((r) => r.name)).toContain('𠮷田\u3000芽依');
  });

  it('refuses a search without any criterion with a 400 problem in Japanese', async () => {
    const response = await clerk.json<Problem>('GET', '/api/residents?name=%20');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'RESIDENT.SEARCH_CRITERIA_REQUIRED' });
    expect(response.body.detail).toContain('検索条件を入力してください');
  });

  it('refuses a malformed birth date, 宛名番号 or limit with 400', async () => {
    expect((await clerk.json<Problem>('GET', `/api/residents?${q({ birthDate: '1989-02-30' })}`)).body.code).toBe('RESIDENT.INVALID_BIRTH_DATE');
    expect((await clerk.json<Problem>('GET', `/api/residents?${q({ atena: '1000001012' })}`)).body.code).toBe('RESIDENT.INVALID_ATENA_NUMBER');
    expect((await clerk.json<Problem>('GET', `/api/residents?${q({ name: '佐藤', limit: '1000' })}`)).status).toBe(400);
    expect((await clerk.json<Problem>('GET', '/api/residents?name=a&name=b')).body.code).toBe('RESIDENT.INVALID_QUERY');
  });

  it('answers a resident with the full record and the current household, head first', async () => {
    const response = await clerk.json<ResidentDetailDto>('GET', `/api/residents/${family.atenaNumbers[2]}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body.resident).toMatchObject({ name: '菊池\u3000陽葵', relationship: '子', allowances: { kodomoIryo: true } });
    expect(response.body.resident.insurance).toBeDefined();
    expect(response.body.household.map((m) => m.relationship)).toEqual(['世帯主', '妻', '子', '母']);
    expect(response.body.household[0]).not.toHaveProperty('insurance');
  });

  it('answers a deceased head with the record, and a household of the survivors only', async () => {
    const bereaved = namedFixtures.bereavedHousehold;
    const response = await clerk.json<ResidentDetailDto>('GET', `/api/residents/${bereaved.atenaNumbers[0]}`);
    expect(response.body.resident).toMatchObject({ status: '死亡', relationship: '世帯主' });
    expect(response.body.household.map((m) => m.relationship)).toEqual(['妻', '子']);
  });

  it('gives a suppressed (抑止) resident exactly the answer of an unknown one, and never lists them', async () => {
    const suppressed = namedFixtures.suppressedResident.atenaNumbers[0]!;
    const unknownNumber = withCheckDigit('100000999'); // valid, but nobody has it
    const hidden = await clerk.json<Problem>('GET', `/api/residents/${suppressed}`);
    const missing = await clerk.json<Problem>('GET', `/api/residents/${unknownNumber}`);
    expect(hidden.body).toMatchObject({ status: 404, code: 'RESIDENT.NOT_FOUND', detail: '指定された宛名番号の住民は見つかりません。' });
    const strip = ({ status, code, title, detail, type }: Problem) => ({ status, code, title, detail, type });
    expect(strip(hidden.body)).toEqual(strip(missing.body));
    const queries: Array<Record<string, string>> = [{ name: namedFixtures.suppressedResident.names[0]! }, { atena: suppressed }, { kana: 'アベ マユミ' }];
    for (const query of queries) {
      const found = await clerk.json<ResidentSearchResultDto>('GET', `/api/residents?${q(query)}`);
      expect(found.status).toBe(200);
      expect(found.body.results.map((r) => r.atenaNumber)).not.toContain(suppressed);
    }
  });

  it('lets supervisors and admins look up, refuses auditors with 403 and strangers with 401', async () => {
    for (const username of ['shimin-toroku-kantoku', 'admin']) {
      const staff = new ApiClient(server.url);
      await staff.login(username, TEST_PASSWORD);
      expect((await staff.request('GET', `/api/residents?${q({ kana: 'キクチ' })}`)).status).toBe(200);
    }
    const auditor = new ApiClient(server.url);
    await auditor.login('kansa', TEST_PASSWORD);
    expect((await auditor.json<Problem>('GET', `/api/residents?${q({ kana: 'キクチ' })}`)).body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN_ROLE' });
    expect((await auditor.request('GET', `/api/residents/${family.atenaNumbers[0]}`)).status).toBe(403);
    expect((await new ApiClient(server.url).request('GET', `/api/residents?${q({ kana: 'キクチ' })}`)).status).toBe(401);
  });
});

