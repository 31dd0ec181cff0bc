import type { ResidentRecord } from '../../../application/linkage/resident-register/resident-record';
import { ageOn, withinFiscalYearOfAge } from '../../../domain/linkage';
import type { HouseholdPlan, MemberPlan } from './household-plan';
import type { SeededRandom } from './seeded-random';

/**
 * Insurance, pension, allowances and the rest, derived from age, work and the household, so that they
 * are consistent the way the base systems are: 75+ 後期高齢者医療; employees and their dependants 被用者保険;
 * everyone else 国保; 65+ 介護保険 第1号 (some certified 要支援/要介護); 国民年金 1号 and 3号 at 20-59, 2号 for employees under 65;
 * 児童手当 to one parent of children up to the high-school years (18歳到達年度末), 子ども医療費 for those
 * children; 児童扶養手当 and ひとり親医療 for single parents (income-tested, so most but not all).
 */

export type ResidentAttributes = Pick<ResidentRecord, 'insurance' | 'allowances' | 'sealRegistered' | 'hasMyNumberCard' | 'nameKanaConfirmed'>;

type Allowances = { -readonly [K in keyof ResidentRecord['allowances']]: boolean };

const careLevels: ReadonlyArray<readonly [string, number]> = [
  ['要支援1', 14],
  ['要支援2', 14],
  ['要介護1', 20],
  ['要介護2', 17],
  ['要介護3', 13],
  ['要介護4', 12],
  ['要介護5', 10],
];

function careCertificationChance(age: number): number {
  if (age >= 85) return 0.55;
  if (age >= 75) return 0.18;
  if (age >= 65) return 0.04;
  return age >= 40 ? 0.003 : 0;
}

function cardChance(age: number): number {
  if (age < 15) return 0.72;
  if (age < 65) return 0.82;
  return age < 85 ? 0.86 : 0.6;
}

function noAllowances(): Allowances {
  return { jidoTeate: false, kodomoIryo: false, jidoFuyoTeate: false, hitorioyaIryo: false, tokubetsuJidoFuyoTeate: false, shogaiTecho: false };
}

/** Who carries whom on their employee insurance: a spouse without own work, children, and some parents. */
function dependantOfEmployee(plan: HouseholdPlan, index: number, isEmployee: (i: number) => boolean): boolean {
  const member = plan.members[index]!;
  if (member.overrides?.employeeDependant !== undefined) return member.overrides.employeeDependant;
  if (member.work === 'employee' || member.work === 'self-employed') return false;
  if (member.spouse !== undefined && isEmployee(member.spouse)) return true;
  return (member.work === 'child' || member.work === 'student') && (member.parents ?? []).some(isEmployee);
}

/** The parent who receives 児童手当: the employed one, the father when both are, else the first. */
function allowanceRecipient(plan: HouseholdPlan, parents: readonly number[]): number {
  const employed = parents.filter((p) => plan.members[p]!.work === 'employee');
  const candidates = employed.length > 0 ? employed : parents;
  return candidates.find((p) => plan.members[p]!.sex === 'male') ?? candidates[0]!;
}

export function resolveAttributes(plan: HouseholdPlan, asOf: string, rng: SeededRandom): ResidentAttributes[] {
  const ages = plan.members.map((m) => ageOn(m.birthDate, asOf));
  const isEmployee = (i: number) => plan.members[i]!.work === 'employee' && ages[i]! < 75;
  const allowances = plan.members.map(noAllowances);
  const children = plan.members.map((m, i) => ({ m, i })).filter(({ m }) => (m.parents ?? []).length > 0 && withinFiscalYearOfAge(m.birthDate, asOf, 18));

  for (const { m, i } of children) {
    allowances[i]!.kodomoIryo = true;
    allowances[allowanceRecipient(plan, m.parents!)]!.jidoTeate = true;
    const parent = plan.members[m.parents![0]!]!;
    if (m.parents!.length === 1 && parent.spouse === undefined) {
      const single = allowances[m.parents![0]!]!;
      single.jidoFuyoTeate = parent.overrides?.jidoFuyoTeate ?? (single.jidoFuyoTeate || rng.chance(0.8));
      single.hitorioyaIryo = single.hitorioyaIryo || single.jidoFuyoTeate || rng.chance(0.5);
    }
  }
  if (children.length > 0 && rng.chance(0.02)) {
    const { m, i } = rng.pick(children);
    allowances[i]!.shogaiTecho = true;
    allowances[allowanceRecipient(plan, m.parents!)]!.tokubetsuJidoFuyoTeate = true;
  }

  return plan.members.map((member: MemberPlan, i): ResidentAttributes => {
    const age = ages[i]!;
    const koki = age >= 75;
    const employee = !koki && (isEmployee(i) || dependantOfEmployee(plan, i, isEmployee));
    const spouseIsEmployee = member.spouse !== undefined && isEmployee(member.spouse);
    // 2号: every employee under 65; 1号 and 3号 (a dependant spouse of a 2号) at 20-59.
    const nenkin = isEmployee(i) && age < 65 ? '2号' : age < 20 || age >= 60 ? null : employee && spouseIsEmployee ? '3号' : '1号';
    const certified = rng.chance(careCertificationChance(age));
    const kaigo = member.overrides?.kaigo ?? (certified ? rng.weighted(careLevels) : age >= 65 ? 'insured' : 'none');
    const own = allowances[i]!;
    own.shogaiTecho = member.overrides?.shogaiTecho ?? (own.shogaiTecho || rng.chance(age >= 65 ? 0.07 : age >= 18 ? 0.03 : 0));
    const sealChance = age < 15 ? 0 : age < 20 ? 0.03 : member.relationship === '世帯主' ? 0.6 : 0.35;
    return {
      insurance: { kokuho: !koki && !employee, koki, employee, kaigo, nenkin },
      allowances: { ...own },
      sealRegistered: member.overrides?.sealRegistered ?? rng.chance(sealChance),
      hasMyNumberCard: member.overrides?.hasMyNumberCard ?? rng.chance(cardChance(age)),
      nameKanaConfirmed: member.overrides?.nameKanaConfirmed ?? rng.chance(0.93),
    };
  });
}
