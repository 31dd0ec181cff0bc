import type { ResidentRecord } from '../../../application/linkage/resident-register/resident-record';
import { namedFixtures } from '../../../infrastructure/linkage/simulated-register/named-fixtures';
import { SimulatedResidentRegister } from '../../../infrastructure/linkage/simulated-register/simulated-resident-register.adapter';
import { generateSimulatedResidents } from '../../../infrastructure/linkage/simulated-register/simulated-residents.generator';
import { age, byHousehold } from './simulated-register.fixture';


describe('searching the simulated resident register', () => {
  const records = generateSimulatedResidents();
  const register = new SimulatedResidentRegister(records);
  const households = byHousehold(records);
  const fixture = (key: keyof typeof namedFixtures, member = 0) => records.find((r) => r.atenaNumber === namedFixtures[key].atenaNumbers[member])!;

  describe('search', () => {
    it('finds by kanji name, in part, ignoring spaces', async () => {
      const head = fixture('familyWithToddlerAndGrandparent');
      for (const name of ['菊池　健太', '菊池 健太', '菊池健太', '池健']) expect((await register.search({ name })).map((r) => r.atenaNumber)).toContain(head.atenaNumber);
    });

    it('finds a name registered with rare characters by its fallback (高橋 finds 髙橋, 辻 finds 辻 with an IVS)', async () => {
      expect((await register.search({ name: '高橋 翔' })).map((r) => r.name)).toContain('髙橋\u3000翔');
      expect((await register.search({ name: '吉田芽依' })).map((r) => r.name)).toContain('𠮷田\u3000芽依');
      expect((await register.search({ name: '辻 勝' })).map((r) => r.name)).toContain('辻\u{E0100}\u3000勝');
    });

    it('finds by reading typed in hiragana, katakana or half-width katakana', async () => {
      const head = fixture('familyWithToddlerAndGrandparent');
      for (const kana of ['きくち けんた', 'キクチケンタ', 'ｷｸﾁ ｹﾝﾀ', 'くちけん']) expect((await register.search({ kana })).map((r) => r.atenaNumber)).toContain(head.atenaNumber);
    });

    it('finds by birth date, exactly', async () => {
      const found = await register.search({ birthDate: '1989-01-07' });
      expect(found.length).toBeGreaterThan(0);
      for (const r of found) expect(r.birthDate).toBe('1989-01-07');
      expect(found.map((r) => r.name)).toContain('髙橋\u3000翔');
    });

    it('finds by address with full- or half-width digits and a hyphenated 番地', async () => {
      for (const address of ['若葉町３番１２号', '若葉町3番12号', '若葉町3-12', '花巻市若葉町３－１２']) {
        expect((await register.search({ address })).map((r) => r.name)).toContain('菊池\u3000健太');
      }
      expect((await register.search({ address: 'コーポ星が丘B ２０３' })).map((r) => r.name)).toContain('千葉\u3000由佳');
    });

    it('finds by 宛名番号, typed with full-width digits too', async () => {
      const number = namedFixtures.elderlyLivingAlone.atenaNumbers[0]!;
      const fullWidth = number.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      expect((await register.search({ atenaNumber: fullWidth })).map((r) => r.atenaNumber)).toEqual([number]);
      expect(await register.search({ atenaNumber: '1000009999' })).toEqual([]);
    });

    it('requires every given criterion to match', async () => {
      expect(await register.search({ kana: 'キクチ ケンタ', birthDate: '1988-07-14' })).toHaveLength(1);
      expect(await register.search({ kana: 'キクチ ケンタ', birthDate: '1988-07-15' })).toHaveLength(0);
    });

    it('puts exact matches first, then sorts by reading', async () => {
      const found = await register.search({ name: '佐藤', limit: 500 });
      expect(found.length).toBeGreaterThan(50);
      const current = found.filter((r) => r.status === '住民');
      const kana = current.map((r) => r.nameKana);
      expect(kana).toEqual([...kana].sort(new Intl.Collator('ja').compare));
      const exact = await register.search({ name: '菊池 健太' });
      expect(exact[0]!.name).toBe('菊池\u3000健太');
    });

    it('ranks an exact match before a match at the start, and that before a match elsewhere, whatever the reading order', async () => {
      const base = records.find((r) => !r.suppressed)!;
      const named = (atenaNumber: string, nameKana: string): ResidentRecord => ({ ...base, atenaNumber, nameKana });
      const small = new SimulatedResidentRegister([named('1', 'アオキ\u3000タロウ'), named('2', 'タロウ\u3000ハナコ'), named('3', 'タロウ'), named('4', 'イシダ')]);
      expect((await small.search({ kana: 'たろう' })).map((r) => r.atenaNumber)).toEqual(['3', '2', '1']);
    });

    it('returns 50 results unless told otherwise, and nothing without a criterion', async () => {
      expect(await register.search({ address: '花巻市' })).toHaveLength(50);
      expect(await register.search({ address: '花巻市', limit: 3 })).toHaveLength(3);
      expect(await register.search({})).toEqual([]);
      expect(await register.search({ name: '　 ' })).toEqual([]);
    });

    it('answers well under 10 ms over 3,000 residents', async () => {
      const queries = [{ name: '佐藤' }, { kana: 'たかはし' }, { address: '花巻市' }, { birthDate: '1950-01-01' }, { name: '子', kana: 'コ' }];
      const times: number[] = [];
      for (let round = 0; round < 20; round += 1) {
        for (const query of queries) {
          const start = performance.now();
          await register.search(query);
          times.push(performance.now() - start);
        }
      }
      times.sort((a, b) => a - b);
      expect(times[Math.floor(times.length / 2)]!).toBeLessThan(10);
    });
  });

  describe('households', () => {
    it('lists the current members, head first; former members only when asked', async () => {
      const bereaved = namedFixtures.bereavedHousehold;
      const current = await register.household(bereaved.householdNumber);
      expect(current.map((m) => m.relationship)).toEqual(['妻', '子']);
      const all = await register.household(bereaved.householdNumber, { includeFormer: true });
      expect(all.map((m) => [m.relationship, m.status])).toEqual([['世帯主', '死亡'], ['妻', '住民'], ['子', '住民']]);
      expect(await register.household('2000009995')).toEqual([]);
    });
  });

  describe('named fixtures', () => {
    it('(a) a family with a 3-year-old child and a 70-year-old parent, for 転居', () => {
      const [head, wife, child, mother] = namedFixtures.familyWithToddlerAndGrandparent.atenaNumbers.map((n) => records.find((r) => r.atenaNumber === n)!);
      expect([head, wife, child, mother].map((r) => r!.relationship)).toEqual(['世帯主', '妻', '子', '母']);
      expect(age(child!)).toBe(3);
      expect(age(mother!)).toBe(70);
      expect(child!.allowances.kodomoIryo && head!.allowances.jidoTeate).toBe(true);
      expect(wife!.formerSurname).toBe('小原');
      expect(child!.nameKanaConfirmed).toBe(false);
    });

    it('(b) an 80-year-old living alone', () => {
      const r = fixture('elderlyLivingAlone');
      expect(age(r)).toBe(80);
      expect(households.get(r.householdNumber)).toHaveLength(1);
      expect(r.insurance).toMatchObject({ koki: true, kaigo: '要支援1' });
    });

    it('(c) a single parent with two children, on 児童扶養手当 and ひとり親医療', () => {
      const members = households.get(namedFixtures.singleParentWithTwoChildren.householdNumber)!;
      expect(members.map((m) => m.relationship)).toEqual(['世帯主', '子', '子']);
      expect(members[0]!.allowances).toMatchObject({ jidoTeate: true, jidoFuyoTeate: true, hitorioyaIryo: true });
      expect(members.slice(1).every((m) => m.allowances.kodomoIryo && m.insurance.kokuho)).toBe(true);
    });

    it('(d) a household whose head has died, with the spouse remaining', () => {
      const head = fixture('bereavedHousehold');
      expect(head).toMatchObject({ relationship: '世帯主', status: '死亡' });
      expect(fixture('bereavedHousehold', 1)).toMatchObject({ relationship: '妻', status: '住民' });
    });

    it('(e) a suppressed person, present in the data and invisible through the port', async () => {
      const r = fixture('suppressedResident');
      expect(r.suppressed).toBe(true);
      expect(await register.byAtenaNumber(r.atenaNumber)).toBeUndefined();
    });

    it('keeps their numbers stable', () => {
      expect(namedFixtures.familyWithToddlerAndGrandparent.atenaNumbers[0]).toBe('1000001011');
      expect(namedFixtures.suppressedResident.atenaNumbers[0]).toBe('1000005017');
    });
  });
});
