import type { AllowanceStatus, InsuranceStatus } from '../shared';

/**
 * What the rules see. Built by the Visit context from what is known about the visit; rules read it with
 * JSON Logic's {"var": "person.age"}, {"var": "answers.keeps_employee_insurance"} and so on.
 */

/** 続柄 as the resident register writes it (世帯主, 妻, 子, 父, 母, 子の妻 ...). */
export type Relationship = string;

export interface PersonFacts {
  readonly personId: string;
  readonly name: string;
  /** Age in whole years on the visit day. */
  readonly age: number;
  /** Age in whole months on the visit day (for infants). */
  readonly ageMonths: number;
  readonly sex: 'male' | 'female' | 'unspecified';
  readonly relationship: Relationship;
  readonly isHouseholdHead: boolean;
  /** The person the life event is about (moves, is born, died, marries ...). */
  readonly concerned: boolean;
  /** Current status from the register (false for people moving in from outside). */
  readonly registered: boolean;
  readonly insurance: InsuranceStatus;
  readonly allowances: AllowanceStatus;
  /** 印鑑登録 */
  readonly sealRegistered: boolean;
  /** マイナンバーカード */
  readonly hasMyNumberCard: boolean;
}

export interface ProposalContext {
  /** Life event ids chosen for the visit. */
  readonly lifeEvents: readonly string[];
  /** Interview answers by question id. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Everyone known in the household (concerned or not). */
  readonly household: {
    readonly size: number;
    readonly children: number;
    /** Number of people aged 0-15 (中学生まで) / 0-18 (高校生年代まで) */
    readonly under16: number;
    readonly under19: number;
    readonly over64: number;
    readonly over74: number;
    readonly remainingAfter: number;
  };
  readonly persons: readonly PersonFacts[];
  /** The person being evaluated (scope 'person' rules only). */
  readonly person?: PersonFacts;
}
