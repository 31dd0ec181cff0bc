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
  readonly insurance: {
    /** 国民健康保険 */
    readonly kokuho: boolean;
    /** 後期高齢者医療 */
    readonly koki: boolean;
    /** 被用者保険 (社会保険, 共済): employee insurance */
    readonly employee: boolean;
    /** 介護保険: 'none' | 'insured' (65+ or 40-64 with need) | '要支援1'...'要介護5' */
    readonly kaigo: string;
    /** 国民年金 種別: '1号' | '2号' | '3号' | null */
    readonly nenkin: string | null;
  };
  readonly allowances: {
    /** 児童手当 受給 (as recipient) */
    readonly jidoTeate: boolean;
    /** 子ども医療費助成 受給者証 */
    readonly kodomoIryo: boolean;
    /** 児童扶養手当 */
    readonly jidoFuyoTeate: boolean;
    /** ひとり親家庭医療費助成 */
    readonly hitorioyaIryo: boolean;
    /** 特別児童扶養手当 */
    readonly tokubetsuJidoFuyoTeate: boolean;
    /** 障害者手帳 */
    readonly shogaiTecho: boolean;
  };
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
