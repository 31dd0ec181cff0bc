import { type HouseholdOrigin, HouseholdDraft } from './household-draft';
import type { HouseholdKind, HouseholdPlan, Sex } from './household-plan';
import { pickPlainSurname, pickSurname } from './person-names';
import type { SeededRandom } from './seeded-random';
import type { SurnameEntry } from './surnames.data';
import { generateAddress } from './simulated-address.generator';

/**
 * Random households of the kinds a rural Tohoku city has, in roughly its proportions (many elderly
 * people alone or in couples, three generations under one roof more often than in big cities).
 */

export const householdKindWeights: ReadonlyArray<readonly [HouseholdKind, number]> = [
  ['single', 16],
  ['elderly-alone', 20],
  ['couple', 24],
  ['couple-with-children', 16],
  ['single-parent', 5],
  ['three-generations', 11],
  ['parent-with-adult-child', 10],
  ['other', 3],
];

const origins: ReadonlyArray<readonly [HouseholdOrigin, number]> = [
  ['native', 50],
  ['moved-within', 25],
  ['moved-in', 25],
];

type Composer = (draft: HouseholdDraft, rng: SeededRandom) => number;

const opposite = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');
const wifeAge = (rng: SeededRandom, husbandAge: number) => Math.max(18, husbandAge - rng.int(-2, 5));

/** A married couple (husband heads the household, now and then the wife); returns [husband, wife]. */
function couple(draft: HouseholdDraft, rng: SeededRandom, husbandAge: number, wifeFormer?: SurnameEntry): [number, number] {
  const wifeHeads = rng.chance(0.08);
  const headSex: Sex = wifeHeads ? 'female' : 'male';
  const first = draft.size;
  const former = wifeFormer ? { formerSurname: wifeFormer } : {};
  const head = draft.add({
    relationship: '世帯主',
    sex: headSex,
    age: wifeHeads ? wifeAge(rng, husbandAge) : husbandAge,
    spouse: first + 1,
    ...(wifeHeads ? former : {}),
  });
  const spouse = draft.add({
    relationship: wifeHeads ? '夫' : '妻',
    sex: opposite(headSex),
    age: wifeHeads ? husbandAge : wifeAge(rng, husbandAge),
    spouse: first,
    marriedIn: !wifeHeads,
    ...(wifeHeads ? {} : former),
  });
  return wifeHeads ? [spouse, head] : [head, spouse];
}

/** Children of the given parents, ages spread between 0 and maxAge; returns how many were added. */
function children(draft: HouseholdDraft, rng: SeededRandom, parents: readonly number[], count: number, maxAge: number, relationship = '子'): number {
  const ages = new Set<number>();
  for (let n = 0; n < count; n += 1) ages.add(rng.int(0, Math.max(0, maxAge)));
  for (const age of [...ages].sort((a, b) => b - a)) draft.add({ relationship, sex: rng.chance(0.51) ? 'male' : 'female', age, parents });
  return ages.size;
}

const composers: Readonly<Record<HouseholdKind, Composer>> = {
  single: (draft, rng) => {
    draft.add({ relationship: '世帯主', sex: rng.chance(0.55) ? 'male' : 'female', age: rng.weighted([[rng.int(18, 29), 35], [rng.int(30, 49), 30], [rng.int(50, 64), 35]]) });
    return 0.9;
  },
  'elderly-alone': (draft, rng) => {
    draft.add({ relationship: '世帯主', sex: rng.chance(0.72) ? 'female' : 'male', age: rng.weighted([[rng.int(65, 74), 30], [rng.int(75, 84), 40], [rng.int(85, 99), 30]]) });
    return 0.1;
  },
  couple: (draft, rng) => {
    const age = rng.weighted([[rng.int(25, 39), 12], [rng.int(45, 64), 33], [rng.int(65, 92), 55]]);
    couple(draft, rng, age);
    return age < 40 ? 0.7 : 0.15;
  },
  'couple-with-children': (draft, rng) => {
    const age = rng.weighted([[rng.int(27, 39), 35], [rng.int(40, 58), 65]]);
    const parents = couple(draft, rng, age);
    children(draft, rng, parents, rng.weighted([[1, 40], [2, 45], [3, 15]]), Math.min(age - 24, 28));
    return age < 40 ? 0.4 : 0.1;
  },
  'single-parent': (draft, rng) => {
    const age = rng.int(24, 52);
    draft.add({ relationship: '世帯主', sex: rng.chance(0.85) ? 'female' : 'male', age, hittosha: 'self' });
    children(draft, rng, [0], rng.weighted([[1, 50], [2, 38], [3, 12]]), Math.min(age - 19, 18));
    return 0.7;
  },
  'three-generations': (draft, rng) => {
    const variant = rng.weighted([['son-with-parents', 45], ['grandparents-head', 45], ['wife-parent', 10]] as const);
    if (variant === 'grandparents-head') {
      const age = rng.int(60, 82);
      const withWife = rng.chance(0.8);
      draft.add({ relationship: '世帯主', sex: 'male', age, ...(withWife ? { spouse: 1 } : {}) });
      if (withWife) draft.add({ relationship: '妻', sex: 'female', age: wifeAge(rng, age), spouse: 0, marriedIn: true });
      const sonAge = age - rng.int(25, 33);
      const son = draft.add({ relationship: '子', sex: 'male', age: sonAge, parents: withWife ? [0, 1] : [0], spouse: draft.size + 1 });
      draft.add({ relationship: '子の妻', sex: 'female', age: wifeAge(rng, sonAge), spouse: son, marriedIn: true });
      children(draft, rng, [son, son + 1], rng.weighted([[0, 25], [1, 40], [2, 30], [3, 5]]), Math.min(sonAge - 24, 20), '子の子');
      return 0;
    }
    const age = rng.int(32, 55);
    const maiden = variant === 'wife-parent' ? pickPlainSurname(rng, draft.familySurname) : undefined;
    const parents = couple(draft, rng, age, maiden);
    if (maiden) {
      const sex: Sex = rng.chance(0.4) ? 'male' : 'female';
      const prefix = parents[1] === 0 ? '' : '妻の'; // the wife's parent is the head's own when she heads
      draft.add({ relationship: `${prefix}${sex === 'male' ? '父' : '母'}`, sex, age: age + rng.int(25, 32), surname: maiden });
    } else {
      const both = rng.weighted([['both', 55], ['mother', 35], ['father', 10]] as const);
      const oldAge = age + rng.int(25, 33);
      const first = draft.size;
      if (both !== 'mother') draft.add({ relationship: '父', sex: 'male', age: oldAge, ...(both === 'both' ? { spouse: first + 1 } : {}) });
      if (both !== 'father') draft.add({ relationship: '母', sex: 'female', age: Math.max(oldAge - rng.int(0, 4), age + 20), ...(both === 'both' ? { spouse: first } : {}), marriedIn: true });
    }
    children(draft, rng, parents, rng.weighted([[0, 25], [1, 35], [2, 32], [3, 8]]), Math.min(age - 24, 24));
    return 0;
  },
  'parent-with-adult-child': (draft, rng) => {
    const parentAge = rng.int(70, 92);
    const childAge = parentAge - rng.int(26, 34);
    const childSex: Sex = rng.chance(0.6) ? 'male' : 'female';
    const parentSex: Sex = rng.chance(0.7) ? 'female' : 'male';
    if (rng.chance(0.5)) {
      draft.add({ relationship: '世帯主', sex: parentSex, age: parentAge });
      draft.add({ relationship: '子', sex: childSex, age: childAge, parents: [0] });
    } else {
      draft.add({ relationship: '世帯主', sex: childSex, age: childAge, parents: [1] });
      draft.add({ relationship: parentSex === 'female' ? '母' : '父', sex: parentSex, age: parentAge });
    }
    return 0.05;
  },
  other: (draft, rng) => {
    const age = rng.int(30, 75);
    const sex: Sex = rng.chance(0.5) ? 'male' : 'female';
    draft.add({ relationship: '世帯主', sex, age });
    const kind = rng.weighted([['sibling', 35], ['unmarried-partner', 25], ['lodger', 20], ['relative', 20]] as const);
    if (kind === 'sibling') {
      const siblingSex: Sex = rng.chance(0.5) ? 'male' : 'female';
      const older = rng.chance(0.5);
      const relationship = siblingSex === 'male' ? (older ? '兄' : '弟') : older ? '姉' : '妹';
      draft.add({ relationship, sex: siblingSex, age: Math.max(18, age + (older ? rng.int(1, 8) : -rng.int(1, 8))) });
    } else if (kind === 'unmarried-partner') {
      draft.add({ relationship: sex === 'male' ? '妻（未届）' : '夫（未届）', sex: opposite(sex), age: Math.max(20, age + rng.int(-6, 6)), surname: pickSurname(rng, draft.familySurname), hittosha: 'self' });
    } else {
      draft.add({ relationship: kind === 'lodger' ? '同居人' : '縁故者', sex: rng.chance(0.5) ? 'male' : 'female', age: rng.int(20, 70), surname: pickSurname(rng, draft.familySurname), hittosha: 'self' });
    }
    return 0.3;
  },
};

/** One random household plan. */
export function generateHouseholdPlan(rng: SeededRandom, asOf: string): HouseholdPlan {
  const kind = rng.weighted(householdKindWeights);
  const draft = new HouseholdDraft(rng, asOf, pickSurname(rng));
  const apartmentLikelihood = composers[kind](draft, rng);
  return draft.toPlan(kind, { address: generateAddress(rng, apartmentLikelihood), origin: rng.weighted(origins) });
}
