import { ageOn, withCheckDigit } from '../../../domain/linkage';
import { HANAMAKI_CITY, hanamakiTowns } from './hanamaki-towns.data';
import { type DraftMember, HouseholdDraft, type HouseholdOrigin } from './household-draft';
import type { HouseholdKind, HouseholdPlan } from './household-plan';
import { SeededRandom } from './seeded-random';
import { type SurnameEntry, surnames, TSUJI_IVS_E0100 } from './surnames.data';

/**
 * Named households that tests and demos rely on. They have fixed 宛名番号 and 世帯番号 (bases below the
 * random households' range) and fixed names and birth dates; each is built with its own seeded random
 * source, so changing the random population never changes them. Ages are on the reference date
 * (SIMULATION_AS_OF, 2026-10-01) and stay the same for several months around it.
 */

const atena = (base: number) => withCheckDigit(String(base));

function family(kanji: string): SurnameEntry {
  const entry = surnames.find((s) => s.kanji === kanji);
  if (!entry) throw new Error(`No surname ${kanji} in the name list`);
  return entry;
}

interface FixtureSpec {
  readonly kind: HouseholdKind;
  readonly householdBase: number;
  readonly surname: string;
  readonly town: string;
  readonly banchi: string;
  readonly katagaki?: string;
  readonly origin: HouseholdOrigin;
  readonly since?: string;
  readonly previousAddress?: string;
  readonly honseki?: string;
  readonly suppressed?: boolean;
  /** [relationship, sex, birthDate, given kanji, given kana, extra] */
  readonly members: ReadonlyArray<readonly [string, 'male' | 'female', string, string, string, Partial<DraftMember>?]>;
}

const specs = {
  /** (a) 転居 scenarios: head 38, wife 36 (旧氏 小原), child 3 (reading not confirmed), head's mother 70. */
  familyWithToddlerAndGrandparent: {
    kind: 'three-generations', householdBase: 200000101, surname: '菊池', town: '若葉町', banchi: '3番12号', origin: 'moved-within',
    since: '2016-04-22', previousAddress: '岩手県花巻市桜町2番7号 コーポ桜 201号室', honseki: '岩手県花巻市東宮野目12番地',
    members: [
      ['世帯主', 'male', '1988-07-14', '健太', 'ケンタ', { spouse: 1, work: 'employee', overrides: { sealRegistered: true, hasMyNumberCard: true } }],
      ['妻', 'female', '1990-02-03', '美咲', 'ミサキ', { spouse: 0, work: 'none', marriedIn: true, formerSurname: family('小原'), overrides: { hasMyNumberCard: true } }],
      ['子', 'female', '2023-05-20', '陽葵', 'ヒマリ', { parents: [0, 1], overrides: { nameKanaConfirmed: false, hasMyNumberCard: false } }],
      ['母', 'female', '1956-04-12', '和子', 'カズコ', { work: 'none', overrides: { kaigo: 'insured', hasMyNumberCard: true, sealRegistered: true } }],
    ],
  },
  /** (b) 80, living alone in 石鳥谷, 要支援1. */
  elderlyLivingAlone: {
    kind: 'elderly-alone', householdBase: 200000201, surname: '佐々木', town: '石鳥谷町八幡', banchi: '第3地割45番地', origin: 'native',
    members: [['世帯主', 'female', '1946-03-03', '節子', 'セツコ', { work: 'none', overrides: { kaigo: '要支援1', sealRegistered: true, hasMyNumberCard: true, nameKanaConfirmed: true } }]],
  },
  /** (c) Single mother 34 (part-time, 国保) with a son of 9 and a daughter of 6. */
  singleParentWithTwoChildren: {
    kind: 'single-parent', householdBase: 200000301, surname: '千葉', town: '星が丘', banchi: '2番15号', katagaki: 'コーポ星が丘B 203号室',
    origin: 'moved-in', since: '2022-03-25', previousAddress: '岩手県北上市本通り一丁目4番8号',
    members: [
      ['世帯主', 'female', '1992-06-18', '由佳', 'ユカ', { work: 'self-employed', hittosha: 'self', overrides: { jidoFuyoTeate: true, hasMyNumberCard: true } }],
      ['子', 'male', '2017-05-09', '蓮', 'レン', { parents: [0] }],
      ['子', 'female', '2020-08-27', '結衣', 'ユイ', { parents: [0] }],
    ],
  },
  /** (d) The head (78) has died; his wife (75) and their son (48) remain: 世帯主変更 is due. */
  bereavedHousehold: {
    kind: 'couple-with-children', householdBase: 200000401, surname: '高橋', town: '東和町土沢', banchi: '5区118番地', origin: 'native',
    honseki: '岩手県花巻市東和町土沢118番地',
    members: [
      ['世帯主', 'male', '1948-03-15', '正雄', 'マサオ', { spouse: 1, work: 'none', status: '死亡', overrides: { kaigo: '要介護3', sealRegistered: true, hasMyNumberCard: true } }],
      ['妻', 'female', '1951-03-22', '幸子', 'サチコ', { spouse: 0, work: 'none', marriedIn: true, overrides: { kaigo: 'insured', hasMyNumberCard: true } }],
      ['子', 'male', '1978-06-30', '誠', 'マコト', { parents: [0, 1], work: 'employee', overrides: { hasMyNumberCard: true } }],
    ],
  },
  /** (e) 抑止 (支援措置): moved in from Sendai, never to be shown. */
  suppressedResident: {
    kind: 'single', householdBase: 200000501, surname: '阿部', town: '桜台', banchi: '1番20号', katagaki: 'メゾン桜台 302号室',
    origin: 'moved-in', since: '2025-09-16', previousAddress: '宮城県仙台市泉区泉中央一丁目7番3号', suppressed: true,
    members: [['世帯主', 'female', '1985-05-11', '真由美', 'マユミ', { work: 'employee', hittosha: 'self' }]],
  },
  /** (f) Era boundaries: 昭和64年1月7日, 平成元年1月8日, 平成31年4月30日; 髙 outside JIS X 0208, 旧氏 山﨑. */
  eraBoundaryFamily: {
    kind: 'couple-with-children', householdBase: 200000601, surname: '髙橋', town: '材木町', banchi: '8番5号', origin: 'moved-within',
    members: [
      ['世帯主', 'male', '1989-01-07', '翔', 'ショウ', { spouse: 1, work: 'employee' }],
      ['妻', 'female', '1989-01-08', '彩', 'アヤ', { spouse: 0, work: 'none', marriedIn: true, formerSurname: family('山﨑') }],
      ['子', 'male', '2019-04-30', '湊', 'ミナト', { parents: [0, 1] }],
    ],
  },
  /** (g) Born on 令和元年5月1日, family name 𠮷田 (U+20BB7), in 大迫. */
  reiwaFirstDayFamily: {
    kind: 'couple-with-children', householdBase: 200000701, surname: '𠮷田', town: '大迫町大迫', banchi: '第2地割35番地', origin: 'native',
    members: [
      ['世帯主', 'male', '1987-09-12', '大輝', 'ダイキ', { spouse: 1, work: 'employee' }],
      ['妻', 'female', '1988-11-30', '美穂', 'ミホ', { spouse: 0, work: 'employee', marriedIn: true }],
      ['子', 'female', '2019-05-01', '芽依', 'メイ', { parents: [0, 1] }],
    ],
  },
  /** (h) 辻 with the variation selector U+E0100 (fallback 辻). */
  ivsCouple: {
    kind: 'couple', householdBase: 200000801, surname: TSUJI_IVS_E0100, town: '下根子', banchi: '312番地4', origin: 'moved-in',
    members: [
      ['世帯主', 'male', '1950-10-20', '勝', 'マサル', { spouse: 1, work: 'none' }],
      ['妻', 'female', '1953-12-05', '京子', 'キョウコ', { spouse: 0, work: 'none' }],
    ],
  },
} satisfies Record<string, FixtureSpec>;

export type NamedFixtureKey = keyof typeof specs;

export interface NamedFixture {
  readonly householdNumber: string;
  /** 宛名番号 of the members, head first, in the order listed above. */
  readonly atenaNumbers: readonly string[];
  /** Names as registered, in the same order. */
  readonly names: readonly string[];
}

function fixtureOf(spec: FixtureSpec): NamedFixture {
  const bases = spec.members.map((_, i) => spec.householdBase - 100_000_000 + i);
  return {
    householdNumber: atena(spec.householdBase),
    atenaNumbers: bases.map(atena),
    names: spec.members.map(([, , , given]) => `${spec.surname}\u3000${given}`),
  };
}

/** The named fixtures: numbers and names (deterministic). */
export const namedFixtures: Readonly<Record<NamedFixtureKey, NamedFixture>> = Object.fromEntries(
  Object.entries(specs).map(([key, spec]) => [key, fixtureOf(spec)]),
) as Record<NamedFixtureKey, NamedFixture>;

function planOf(spec: FixtureSpec, asOf: string): HouseholdPlan {
  const rng = new SeededRandom(spec.householdBase);
  const town = hanamakiTowns.find((t) => t.town === spec.town);
  if (!town) throw new Error(`No town ${spec.town} in the town list`);
  const draft = new HouseholdDraft(rng, asOf, family(spec.surname));
  for (const [relationship, sex, birthDate, kanji, kana, extra] of spec.members) {
    draft.add({ relationship, sex, age: ageOn(birthDate, asOf), birthDate, given: { kanji, kana }, formerSurname: null, ...extra });
  }
  return draft.toPlan(spec.kind, {
    address: { postalCode: town.postalCode, city: HANAMAKI_CITY, town: town.town, banchi: spec.banchi, katagaki: spec.katagaki ?? '' },
    origin: spec.origin,
    ...(spec.since ? { since: spec.since } : {}),
    ...(spec.previousAddress ? { previousAddress: spec.previousAddress } : {}),
    ...(spec.honseki ? { honseki: spec.honseki } : {}),
    ...(spec.suppressed ? { suppressed: true } : {}),
    numberBases: { atena: spec.members.map((_, i) => spec.householdBase - 100_000_000 + i), household: spec.householdBase },
  });
}

/** The fixtures as household plans, built the same way as the random households. */
export function namedFixturePlans(asOf: string): HouseholdPlan[] {
  return Object.values(specs).map((spec) => planOf(spec, asOf));
}
