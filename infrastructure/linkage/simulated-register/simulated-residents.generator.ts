import type { ResidentRecord } from '../../../application/linkage/resident-register/resident-record';
import { ageOn, withCheckDigit } from '../../../domain/linkage';
import { buildHouseholdRecords, type HouseholdNumbers } from './household-records.builder';
import { generateHouseholdPlan } from './household-kinds.generator';
import type { HouseholdPlan, MemberPlan, ResidentStatus } from './household-plan';
import { namedFixturePlans } from './named-fixtures';
import { SeededRandom } from './seeded-random';

/**
 * The simulated resident register of Hanamaki: the named fixtures, then random households until about
 * 3,000 people live in it, a few of whom have since moved out or died, and a few under 抑止. Deterministic:
 * the same options give the same records, in the same order, on every run.
 */

/** The day the simulated register describes (ages, insurance and allowances are as of this day). */
export const SIMULATION_AS_OF = '2026-10-01';
export const SIMULATION_SEED = 20_260_401;
export const SIMULATION_POPULATION = 3000;

/** Random households are numbered from here on; the named fixtures sit below. */
const FIRST_ATENA_BASE = 100_100_000;
const FIRST_HOUSEHOLD_BASE = 200_100_000;

export interface SimulationOptions {
  readonly seed?: number;
  readonly asOf?: string;
  readonly population?: number;
}

const withStatus = (member: MemberPlan, status: ResidentStatus): MemberPlan => ({ ...member, status });

/** Moves out and deaths since the records were made, and 抑止 (支援措置) for a few households. */
function withLifeEvents(plan: HouseholdPlan, rng: SeededRandom, asOf: string): HouseholdPlan {
  const ages = plan.members.map((m) => ageOn(m.birthDate, asOf));
  const youngHousehold = (plan.kind === 'single' || plan.kind === 'couple') && ages[0]! < 40;
  if (youngHousehold && rng.chance(0.03)) {
    return { ...plan, members: plan.members.map((m) => withStatus(m, '転出')) };
  }
  if (plan.kind === 'elderly-alone' && ages[0]! >= 85 && rng.chance(0.04)) {
    return { ...plan, members: plan.members.map((m) => withStatus(m, '死亡')) };
  }
  const members = plan.members.map((m, i) => {
    const age = ages[i]!;
    const independent = m.spouse === undefined && !plan.members.some((other) => other.parents?.includes(i));
    if (m.relationship === '子' && independent && age >= 18 && age <= 29 && rng.chance(0.05)) return withStatus(m, '転出');
    if ((m.relationship === '妻' || m.relationship === '夫') && age >= 80 && rng.chance(0.05)) return withStatus(m, '死亡');
    return m;
  });
  const suppressed = (plan.kind === 'single-parent' && rng.chance(0.03)) || (plan.kind === 'single' && rng.chance(0.003));
  return { ...plan, members, ...(suppressed ? { suppressed: true } : {}) };
}

/** Numbers for households without fixed ones: in order, with small gaps (numbers of people long gone). */
class NumberSequence {
  private atena = FIRST_ATENA_BASE;
  private household = FIRST_HOUSEHOLD_BASE;

  constructor(private readonly rng: SeededRandom) {}

  next(plan: HouseholdPlan): HouseholdNumbers {
    if (plan.numberBases) {
      return { atena: plan.numberBases.atena.map((base) => withCheckDigit(String(base))), household: withCheckDigit(String(plan.numberBases.household)) };
    }
    this.household += this.rng.int(1, 3);
    const atena = plan.members.map(() => {
      this.atena += this.rng.int(1, 4);
      return withCheckDigit(String(this.atena));
    });
    return { atena, household: withCheckDigit(String(this.household)) };
  }
}

export function generateSimulatedResidents(options: SimulationOptions = {}): ResidentRecord[] {
  const asOf = options.asOf ?? SIMULATION_AS_OF;
  const population = options.population ?? SIMULATION_POPULATION;
  const rng = new SeededRandom(options.seed ?? SIMULATION_SEED);
  const fixtures = namedFixturePlans(asOf);
  const plans: HouseholdPlan[] = [];
  let people = fixtures.reduce((sum, plan) => sum + plan.members.length, 0);
  while (people < population) {
    const plan = withLifeEvents(generateHouseholdPlan(rng, asOf), rng, asOf);
    plans.push(plan);
    people += plan.members.length;
  }
  const numbers = new NumberSequence(rng);
  return [
    ...fixtures.flatMap((plan) => buildHouseholdRecords(plan, numbers.next(plan), asOf, new SeededRandom((plan.numberBases?.household ?? 0) + 1))),
    ...plans.flatMap((plan) => buildHouseholdRecords(plan, numbers.next(plan), asOf, rng)),
  ];
}
