import { type GivenNameEntry, givenNameGenerations } from './given-names.data';
import type { Sex } from './household-plan';
import type { SeededRandom } from './seeded-random';
import { type SurnameEntry, surnames } from './surnames.data';

/** A family name by frequency; `avoid` keeps a spouse's former name different from the family's. */
export function pickSurname(rng: SeededRandom, avoid?: SurnameEntry): SurnameEntry {
  for (;;) {
    const surname = rng.pickWeighted(surnames);
    if (!avoid || surname.fallback !== avoid.fallback) return surname;
  }
}

/** A family name written with JIS X 0208 characters only (for the spouse's former name and the like). */
export function pickPlainSurname(rng: SeededRandom, avoid?: SurnameEntry): SurnameEntry {
  for (;;) {
    const surname = pickSurname(rng, avoid);
    if (surname.kanji === surname.fallback) return surname;
  }
}

/** A given name common for the year of birth, not one already `taken` in the household. */
export function pickGivenName(rng: SeededRandom, sex: Sex, birthDate: string, taken: Set<string> = new Set()): GivenNameEntry {
  const year = Number(birthDate.slice(0, 4));
  const generation = [...givenNameGenerations].reverse().find((g) => g.from <= year) ?? givenNameGenerations[0]!;
  const list = sex === 'male' ? generation.male : generation.female;
  const free = list.filter((name) => !taken.has(name.kanji));
  const name = rng.pick(free.length > 0 ? free : list);
  taken.add(name.kanji);
  return name;
}
