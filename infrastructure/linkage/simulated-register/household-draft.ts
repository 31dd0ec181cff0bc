import type { ResidentAddress } from '../../../application/linkage/resident-register/resident-record';
import { ageOn } from '../../../domain/linkage';
import type { GivenNameEntry } from './given-names.data';
import { fullName, type HouseholdKind, type HouseholdPlan, type MemberOverrides, type MemberPlan, type ResidentStatus, type Sex, type Work } from './household-plan';
import { pickGivenName, pickPlainSurname } from './person-names';
import type { SeededRandom } from './seeded-random';
import { addDays, addYears, birthDateForAge, earlierOf, laterOf, randomDateBetween } from './simulated-dates';
import { honsekiFor, inCityAddressText, outsideAddressText } from './simulated-address.generator';
import type { SurnameEntry } from './surnames.data';

/** Who is 筆頭者: the member at an index, the person themself, or an absent father or husband (deceased, elsewhere). */
export type HittoshaRef = number | 'self' | 'absent-father' | 'absent-husband';

export interface DraftMember {
  readonly relationship: string;
  readonly sex: Sex;
  /** Age on the reference date; ignored when birthDate is given. */
  readonly age: number;
  readonly birthDate?: string;
  readonly given?: GivenNameEntry;
  readonly work?: Work;
  readonly spouse?: number;
  readonly parents?: readonly number[];
  /** Defaults to the household's family name. */
  readonly surname?: SurnameEntry;
  /** Came into the home by marrying; has a maiden name. */
  readonly marriedIn?: boolean;
  /** Register the maiden name as 旧氏 (otherwise by chance for the married-in). */
  readonly formerSurname?: SurnameEntry | null;
  readonly hittosha?: HittoshaRef;
  readonly status?: ResidentStatus;
  readonly overrides?: MemberOverrides;
}

/** 'native': has always lived here; 'moved-within': 転居 inside Hanamaki; 'moved-in': 転入 from elsewhere. */
export type HouseholdOrigin = 'native' | 'moved-within' | 'moved-in';

export interface HomeSettings {
  readonly address: ResidentAddress;
  readonly origin: HouseholdOrigin;
  readonly since?: string;
  readonly previousAddress?: string;
  readonly honseki?: string;
  readonly suppressed?: boolean;
  readonly numberBases?: HouseholdPlan['numberBases'];
}

/** Default work by age and sex, roughly as the labour statistics of a rural city show it. */
export function workFor(rng: SeededRandom, age: number, sex: Sex): Work {
  if (age < 15) return 'child';
  if (age < 18) return 'student';
  if (age < 23) return rng.weighted<Work>([['student', 5], ['employee', 4], ['none', 1]]);
  if (age < 65) {
    return sex === 'male'
      ? rng.weighted<Work>([['employee', 78], ['self-employed', 14], ['none', 8]])
      : rng.weighted<Work>([['employee', 60], ['self-employed', 10], ['none', 30]]);
  }
  if (age < 75) return rng.weighted<Work>([['employee', sex === 'male' ? 25 : 12], ['self-employed', 18], ['none', 60]]);
  return rng.chance(0.05) ? 'self-employed' : 'none';
}

/** Members added one by one (head first), then resolved into a plan: dates, names, registers, home. */
export class HouseholdDraft {
  private readonly members: DraftMember[] = [];

  constructor(
    private readonly rng: SeededRandom,
    private readonly asOf: string,
    readonly familySurname: SurnameEntry,
  ) {}

  get size(): number {
    return this.members.length;
  }

  add(member: DraftMember): number {
    this.members.push(member);
    return this.members.length - 1;
  }

  toPlan(kind: HouseholdKind, home: HomeSettings): HouseholdPlan {
    const { rng, asOf } = this;
    const births = this.members.map((m) => m.birthDate ?? birthDateForAge(rng, m.age, asOf));
    const taken = new Set<string>();
    const givens = this.members.map((m, i) => m.given ?? pickGivenName(rng, m.sex, births[i]!, taken));
    const surnames = this.members.map((m) => m.surname ?? this.familySurname);
    const names = this.members.map((_, i) => fullName(surnames[i]!.kanji, givens[i]!.kanji));
    const native = home.origin === 'native';
    const oldest = births.filter((_, i) => !this.members[i]!.marriedIn).reduce(earlierOf, asOf);
    const latestMove = addDays(asOf, -30);
    const earliestMove = earlierOf(laterOf(addYears(births[0]!, 19), addYears(asOf, -40)), latestMove);
    const since = home.since ?? (native ? oldest : randomDateBetween(rng, earliestMove, latestMove));
    const previousAddress = native ? null : (home.previousAddress ?? (home.origin === 'moved-in' ? outsideAddressText(rng) : inCityAddressText(rng)));
    const hittosha = (i: number, depth = 0): string => {
      const m = this.members[i]!;
      const ref = m.hittosha ?? this.defaultHittosha(i);
      if (ref === 'self' || depth > 4) return names[i]!;
      if (typeof ref === 'number') return ref === i ? names[i]! : hittosha(ref, depth + 1);
      const fatherBirth = addYears(births[i]!, ref === 'absent-father' ? -28 : -3);
      return fullName(surnames[i]!.kanji, pickGivenName(rng, 'male', fatherBirth).kanji);
    };
    const members = this.members.map((m, i): MemberPlan => {
      const firstChild = births.filter((_, c) => this.members[c]!.parents?.includes(i)).reduce(earlierOf, asOf);
      const joined = native && m.marriedIn ? this.joinedOn(births[i]!, since, firstChild) : undefined;
      const former = m.formerSurname !== undefined ? m.formerSurname : m.marriedIn && rng.chance(0.12) ? pickPlainSurname(rng, surnames[i]) : null;
      return {
        relationship: m.relationship,
        sex: m.sex,
        birthDate: births[i]!,
        surname: surnames[i]!,
        given: givens[i]!,
        work: m.work ?? workFor(rng, ageOn(births[i]!, asOf), m.sex),
        ...(m.spouse !== undefined ? { spouse: m.spouse } : {}),
        ...(m.parents ? { parents: m.parents } : {}),
        formerSurname: former ? former.kanji : null,
        ...(joined ? { joined } : {}),
        hittosha: hittosha(i),
        ...(m.status ? { status: m.status } : {}),
        ...(m.overrides ? { overrides: m.overrides } : {}),
      };
    });
    return {
      kind,
      members,
      address: home.address,
      since,
      previousAddress,
      honseki: home.honseki ?? honsekiFor(rng, home.address, native),
      ...(home.suppressed ? { suppressed: true } : {}),
      ...(home.numberBases ? { numberBases: home.numberBases } : {}),
    };
  }

  /** Married couples: the husband heads the family register; children stay in their parents'; others by age. */
  private defaultHittosha(i: number): HittoshaRef {
    const m = this.members[i]!;
    if (m.spouse !== undefined) {
      const spouse = this.members[m.spouse]!;
      return m.sex === 'male' || spouse.sex === 'female' ? i : m.spouse;
    }
    if (m.parents && m.parents.length > 0) return m.parents[0]!;
    if (m.sex === 'female' && m.age >= 60) return 'absent-husband';
    return m.sex === 'male' && m.age >= 50 ? 'self' : 'absent-father';
  }

  /** Someone who married into a home the family has always had: moved in at 23-32 (before their first child). */
  private joinedOn(birthDate: string, since: string, firstChild: string): { on: string; from: string } {
    const { rng, asOf } = this;
    const on = laterOf(since, earlierOf(earlierOf(addYears(birthDate, rng.int(23, 32)), addDays(asOf, -60)), firstChild));
    return { on, from: rng.chance(0.5) ? inCityAddressText(rng) : outsideAddressText(rng) };
  }
}
