import { isStandardRelationship, isValidAtenaNumber, isValidHouseholdNumber, withinFiscalYearOfAge } from '../../../domain/linkage';
import { hanamakiTowns } from '../../../infrastructure/linkage/simulated-register/hanamaki-towns.data';
import { SimulatedResidentRegister } from '../../../infrastructure/linkage/simulated-register/simulated-resident-register.adapter';
import { generateSimulatedResidents, SIMULATION_AS_OF } from '../../../infrastructure/linkage/simulated-register/simulated-residents.generator';
import { age, byHousehold } from './simulated-register.fixture';

const asOf = SIMULATION_AS_OF;

describe('the simulated resident register of Hanamaki', () => {
  const records = generateSimulatedResidents();
  const register = new SimulatedResidentRegister(records);
  const households = byHousehold(records);

  describe('generation', () => {
    it('is deterministic: the same records on every run, and other ones for another seed', () => {
      expect(generateSimulatedResidents()).toEqual(records);
      const other = generateSimulatedResidents({ seed: 7 });
      expect(other.map((r) => r.name)).not.toEqual(records.map((r) => r.name));
      expect(other.slice(0, 20)).toEqual(records.slice(0, 20)); // the named fixtures do not depend on the seed
    });

    it('holds about 3,000 people in households of about 2.3 people, like Hanamaki', () => {
      expect(records.length).toBeGreaterThanOrEqual(3000);
      expect(records.length).toBeLessThan(3010);
      expect(records.length / households.size).toBeGreaterThan(2);
      expect(records.length / households.size).toBeLessThan(2.7);
    });

    it('gives everyone a unique 宛名番号, and every number a valid check digit', () => {
      expect(new Set(records.map((r) => r.atenaNumber)).size).toBe(records.length);
      for (const r of records) {
        expect(isValidAtenaNumber(r.atenaNumber)).toBe(true);
        expect(isValidHouseholdNumber(r.householdNumber)).toBe(true);
      }
    });

    it('forms households with exactly one 世帯主, standard 続柄 and one address', () => {
      for (const members of households.values()) {
        expect(members.filter((m) => m.relationship === '世帯主')).toHaveLength(1);
        expect(members.filter((m) => m.isHouseholdHead)).toHaveLength(1);
        expect(new Set(members.map((m) => JSON.stringify(m.address))).size).toBe(1);
        for (const m of members) expect(isStandardRelationship(m.relationship)).toBe(true);
      }
      const relationships = new Set(records.map((r) => r.relationship));
      for (const kind of ['妻', '子', '父', '母', '子の妻', '子の子', '同居人', '縁故者']) expect(relationships).toContain(kind);
      expect([...relationships].some((r) => r.startsWith('妻の'))).toBe(true);
    });

    it('keeps insurance consistent with age and work', () => {
      for (const r of records) {
        const { kokuho, koki, employee, kaigo, nenkin } = r.insurance;
        expect([kokuho, koki, employee].filter(Boolean)).toHaveLength(1);
        expect(koki).toBe(age(r) >= 75);
        if (age(r) >= 65) expect(kaigo).not.toBe('none');
        else expect(kaigo).not.toBe('insured');
        if (age(r) >= 20 && age(r) <= 59) expect(nenkin).not.toBeNull();
        else if (nenkin !== null) expect([nenkin, age(r) < 65]).toEqual(['2号', true]);
        if (nenkin === '2号') expect(employee).toBe(true);
        if (nenkin === '3号') {
          const spouse = households.get(r.householdNumber)!.find((m) => m !== r && m.insurance.nenkin === '2号');
          expect(employee && spouse !== undefined).toBe(true);
        }
      }
      expect(records.some((r) => /^要(支援|介護)/.test(r.insurance.kaigo))).toBe(true);
      for (const kind of ['1号', '2号', '3号']) expect(records.some((r) => r.insurance.nenkin === kind)).toBe(true);
    });

    it('gives allowances to the households with children, one 児童手当 recipient each', () => {
      for (const members of households.values()) {
        const children = members.filter((m) => m.allowances.kodomoIryo);
        for (const child of children) expect(withinFiscalYearOfAge(child.birthDate, asOf, 18)).toBe(true);
        expect(members.filter((m) => m.allowances.jidoTeate)).toHaveLength(children.length > 0 ? 1 : 0);
        if (members.some((m) => m.allowances.jidoFuyoTeate)) {
          expect(children.length).toBeGreaterThan(0);
          expect(members.some((m) => m.relationship === '妻' || m.relationship === '夫')).toBe(false);
        }
      }
      expect(records.filter((r) => r.allowances.jidoFuyoTeate && r.allowances.hitorioyaIryo).length).toBeGreaterThan(5);
    });

    it('places everyone at a real Hanamaki town with its postal code, in all three branch areas', () => {
      const postal = new Map(hanamakiTowns.map((t) => [t.town, t.postalCode]));
      for (const r of records) {
        expect(r.address.city).toBe('岩手県花巻市');
        expect(r.address.postalCode).toBe(postal.get(r.address.town));
      }
      for (const area of ['大迫町', '石鳥谷町', '東和町']) expect(records.some((r) => r.address.town.startsWith(area))).toBe(true);
      expect(records.some((r) => /^第\d+地割\d+番地/.test(r.address.banchi))).toBe(true);
      expect(records.some((r) => /^\d+区\d+番地/.test(r.address.banchi))).toBe(true);
      expect(records.filter((r) => r.address.katagaki !== '').length).toBeGreaterThan(100);
    });

    it('has the cases a counter meets: rare characters, unconfirmed readings, 旧氏, era boundaries, cards, seals, 抑止, moves, deaths', () => {
      const rare = records.filter((r) => r.name !== r.nameFallback);
      expect(rare.length).toBeGreaterThan(5);
      for (const r of rare) expect(r.nameFallback).toMatch(/^[^\u{E0100}-\u{E01EF}\u{10000}-\u{10FFFF}\uFA11髙]+$/u);
      for (const text of ['髙', '﨑', '𠮷', '辻\u{E0100}', '辻\u{E0102}']) expect(records.some((r) => r.name.includes(text))).toBe(true);
      expect(records.filter((r) => !r.nameKanaConfirmed).length).toBeGreaterThan(20);
      expect(records.filter((r) => r.formerSurname !== null).length).toBeGreaterThan(20);
      for (const day of ['1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01']) expect(records.some((r) => r.birthDate === day)).toBe(true);
      expect(records.filter((r) => r.hasMyNumberCard).length / records.length).toBeGreaterThan(0.7);
      expect(records.some((r) => r.sealRegistered)).toBe(true);
      const suppressed = records.filter((r) => r.suppressed).length;
      expect(suppressed).toBeGreaterThanOrEqual(2);
      expect(suppressed).toBeLessThan(20);
      for (const status of ['転出', '死亡'] as const) expect(records.filter((r) => r.status === status).length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('抑止 (suppressed) records', () => {
    const suppressed = records.filter((r) => r.suppressed);

    it('are never found by search, by number or in a household', async () => {
      expect(suppressed.length).toBeGreaterThan(0);
      for (const r of suppressed) {
        expect(await register.byAtenaNumber(r.atenaNumber)).toBeUndefined();
        const found = [
          ...(await register.search({ name: r.name })),
          ...(await register.search({ kana: r.nameKana })),
          ...(await register.search({ atenaNumber: r.atenaNumber })),
          ...(await register.search({ birthDate: r.birthDate, limit: 500 })),
          ...(await register.household(r.householdNumber, { includeFormer: true })),
        ];
        expect(found.map((f) => f.atenaNumber)).not.toContain(r.atenaNumber);
      }
    });

    it('are not counted either', () => {
      expect(register.size).toBe(records.length - suppressed.length);
    });
  });

});
