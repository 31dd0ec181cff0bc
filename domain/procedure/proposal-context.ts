import type { AllowanceStatus, InsuranceStatus, ParticipantsByEvent } from '../shared';

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
  /**
   * The life event is about this person (moves, is born, died, marries ...): in a rule or a question, in
   * that rule's (question's) life events; elsewhere in any chosen one.
   */
  readonly concerned: boolean;
  /** The one who came to the counter (来庁者). */
  readonly applicant: boolean;
  /** The parts the person plays (notifier, husband, mother ...): in the rule's life events, as `concerned`. */
  readonly roles: readonly string[];
  /** The parts per chosen life event id. */
  readonly rolesIn: Readonly<Record<string, readonly string[]>>;
  /** The chosen life event ids this person is concerned in. */
  readonly concernedIn: readonly string[];
  /** Current status from the register (false for people moving in from outside). */
  readonly registered: boolean;
  readonly insurance: InsuranceStatus;
  readonly allowances: AllowanceStatus;
  /** 印鑑登録 */
  readonly sealRegistered: boolean;
  /** マイナンバーカード */
  readonly hasMyNumberCard: boolean;
  /** 国籍・地域 for a foreign resident; null for a Japanese national. */
  readonly nationality: string | null;
  /** nationality !== null */
  readonly foreign: boolean;
  /** 在留資格 of a foreign resident (永住者, 技能実習 ...); null otherwise or not known. */
  readonly residenceStatus: string | null;
  /** 前住所 (moving in) as heard or from the register; null when not known. */
  readonly previousAddress: string | null;
  /** 前住所 is in the city's own prefecture (県内), false outside or abroad, null when not known. */
  readonly previousAddressInPrefecture: boolean | null;
  /** 異動日 (the day the person moved, was born, died ...) when known, ISO. */
  readonly movedOn: string | null;
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
  /** Who plays which part in each chosen life event (person ids). */
  readonly participants: ParticipantsByEvent;
  /** The person being evaluated (scope 'person' rules only). */
  readonly person?: PersonFacts;
}
