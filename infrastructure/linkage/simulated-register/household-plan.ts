import type { ResidentAddress } from '../../../application/linkage/resident-register/resident-record';
import type { GivenNameEntry } from './given-names.data';
import type { SurnameEntry } from './surnames.data';

/**
 * A household before it becomes records: who lives there, how they are related, where and since when.
 * Random households and the named fixtures are both written as plans, and one builder turns every plan
 * into ResidentRecords, so fixtures follow the same insurance and allowance rules as everyone else.
 */

export type Sex = 'male' | 'female';

/** 被用者 (employee: 被用者保険, 国民年金 2号), 自営・農業 (国保, 1号), none, student, child. */
export type Work = 'employee' | 'self-employed' | 'none' | 'student' | 'child';

export type HouseholdKind =
  | 'single'
  | 'elderly-alone'
  | 'couple'
  | 'couple-with-children'
  | 'single-parent'
  | 'three-generations'
  | 'parent-with-adult-child'
  | 'other';

export type ResidentStatus = '住民' | '転出' | '死亡';

/** Values a plan fixes instead of leaving them to chance. */
export interface MemberOverrides {
  readonly kaigo?: string;
  readonly sealRegistered?: boolean;
  readonly hasMyNumberCard?: boolean;
  readonly nameKanaConfirmed?: boolean;
  readonly shogaiTecho?: boolean;
  /** 児童扶養手当 (single parents; income-tested, so not every single parent gets it). */
  readonly jidoFuyoTeate?: boolean;
  /** Dependant (被扶養者) on the employee insurance of a household member. */
  readonly employeeDependant?: boolean;
}

export interface MemberPlan {
  readonly relationship: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly surname: SurnameEntry;
  readonly given: GivenNameEntry;
  readonly work: Work;
  /** Index of the spouse within the household. */
  readonly spouse?: number;
  /** Indexes of the parents within the household. */
  readonly parents?: readonly number[];
  readonly formerSurname?: string | null;
  /** For someone who joined an existing home (married in): since when, and from where. */
  readonly joined?: { readonly on: string; readonly from: string };
  /** 筆頭者 of the person's family register (full name). */
  readonly hittosha: string;
  /** 本籍, when it is not the household's. */
  readonly honseki?: string;
  readonly status?: ResidentStatus;
  readonly overrides?: MemberOverrides;
}

export interface HouseholdPlan {
  readonly kind: HouseholdKind;
  /** Head (世帯主) first. */
  readonly members: readonly MemberPlan[];
  readonly address: ResidentAddress;
  /** 住所を定めた年月日 of the members who came together; children born later get their birth date. */
  readonly since: string;
  /** 転入前住所 of those members; null when they have always lived here. */
  readonly previousAddress: string | null;
  readonly honseki: string;
  /** 抑止 (支援措置) for every member. */
  readonly suppressed?: boolean;
  /** Fixed number bases (without check digit) for named fixtures; others are numbered in order. */
  readonly numberBases?: { readonly atena: readonly number[]; readonly household: number };
}

/** 氏名 as the register writes it: family name, an ideographic space, given name. */
export function fullName(surname: string, given: string): string {
  return `${surname}\u3000${given}`;
}
