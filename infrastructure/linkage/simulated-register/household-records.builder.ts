import type { ResidentRecord } from '../../../application/linkage/resident-register/resident-record';
import { fullName, type HouseholdPlan } from './household-plan';
import { resolveAttributes } from './resident-attributes.rules';
import type { SeededRandom } from './seeded-random';

export interface HouseholdNumbers {
  /** One 宛名番号 per member, in the plan's order. */
  readonly atena: readonly string[];
  readonly household: string;
}

/** Turns a household plan into register records: numbers, names, address history, attributes. */
export function buildHouseholdRecords(plan: HouseholdPlan, numbers: HouseholdNumbers, asOf: string, rng: SeededRandom): ResidentRecord[] {
  const attributes = resolveAttributes(plan, asOf, rng);
  return plan.members.map((member, i): ResidentRecord => {
    const cameAlong = member.birthDate < plan.since;
    const addressSince = member.joined?.on ?? (cameAlong ? plan.since : member.birthDate);
    const previousAddress = member.joined?.from ?? (cameAlong ? plan.previousAddress : null);
    return {
      atenaNumber: numbers.atena[i]!,
      householdNumber: numbers.household,
      name: fullName(member.surname.kanji, member.given.kanji),
      nameFallback: fullName(member.surname.fallback, member.given.kanji),
      nameKana: fullName(member.surname.kana, member.given.kana),
      formerSurname: member.formerSurname ?? null,
      birthDate: member.birthDate,
      sex: member.sex,
      relationship: member.relationship,
      isHouseholdHead: member.relationship === '世帯主',
      address: plan.address,
      addressSince,
      previousAddress,
      honseki: member.honseki ?? plan.honseki,
      hittosha: member.hittosha,
      suppressed: plan.suppressed ?? false,
      status: member.status ?? '住民',
      ...attributes[i]!,
    };
  });
}
