/**
 * The procedure catalogue as the HTTP API publishes it (GET /api/catalogue) and as the admin's editor
 * sends its entries back (PUT /api/catalogue/...). Declared here, apart from the domain's catalogue
 * types (domain/procedure/catalogue.types.ts); procedure-contracts.conformance.ts keeps them the
 * same.
 */

/** A JSON Logic expression (https://jsonlogic.com) over the rule context (rule-context.contract.ts). */
export type JsonLogicExpression = boolean | number | string | null | JsonLogicExpression[] | { [operator: string]: JsonLogicExpression };

export interface ProcedureDefinition {
  /** Stable id, kebab-case: 'tennyu-todoke', 'kokuho-kanyu'. */
  readonly id: string;
  /** 手続名, e.g. 転入届, 国民健康保険 加入 */
  readonly name: string;
  /** Business area (業務), e.g. 住民異動, 国民健康保険, 児童手当 */
  readonly category: string;
  /** Department that owns it (city.json id). */
  readonly departmentId: string;
  /** Where the resident goes, if more precise than the department's building and floor. */
  readonly place?: string;
  /** 期限: free text shown to the resident, and days when it can be computed. */
  readonly deadline?: { readonly text: string; readonly days?: number };
  /** What the resident brings (持ち物). */
  readonly bring?: readonly string[];
  /** Form template ids this procedure needs. */
  readonly formIds: readonly string[];
  /** One line for staff and the resident's guide. */
  readonly description: string;
  /** Whether one application is made per person (true) or per visit/household (false). */
  readonly perPerson: boolean;
  /** Who may have it, per person (印鑑登録: 15歳以上); `text` says why not. */
  readonly eligibility?: { readonly when: JsonLogicExpression; readonly text: string };
  /** The official guidance the rules follow (URL or title). */
  readonly notes?: string;
  readonly active: boolean;
}

export type QuestionType = 'boolean' | 'choice' | 'multi-choice' | 'number' | 'date' | 'text';

export interface QuestionDefinition {
  /** Stable id used by rules as answers.<id>, snake_case: 'keeps_employee_insurance'. */
  readonly id: string;
  /** The question as staff read it out, in Japanese. */
  readonly text: string;
  readonly help?: string;
  readonly type: QuestionType;
  readonly choices?: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  /** Asked only when this holds (same data as rules). */
  readonly askIf?: JsonLogicExpression;
  /** What the visit already knows: a value other than null answers the question without asking. */
  readonly knownFrom?: JsonLogicExpression;
  readonly required: boolean;
}

/** The parts persons play in a life event (participant-role.contract.ts lists them). */
export type ParticipantRole =
  | 'notifier'
  | 'subject'
  | 'headBefore'
  | 'headAfter'
  | 'husband'
  | 'wife'
  | 'father'
  | 'mother'
  | 'child'
  | 'deceased'
  | 'claimant'
  | 'agent';

/** A part persons play in a life event, with who plays it until the clerk says otherwise. */
export interface LifeEventRoleDefinition {
  readonly role: ParticipantRole;
  /** How this event calls it; absent: the vocabulary's label. */
  readonly label?: string;
  /** Persons in this role are the ones the event is about. */
  readonly concerned: boolean;
  readonly multiple: boolean;
  readonly required: boolean;
  /** Who plays it by default, per person (rule context with `person`). */
  readonly defaultWhen?: JsonLogicExpression;
}

export interface LifeEventDefinition {
  /** 'tennyu', 'tenshutsu', 'tenkyo', 'shussei', 'shibo', 'konin', 'rikon', 'shomeisho' */
  readonly id: string;
  /** 転入, 転出, ... */
  readonly name: string;
  readonly description: string;
  /** PSID universal-menu life-event code where one exists (L5 moving ...). */
  readonly psidCode?: string;
  /** The concerned persons leave the household with this event (転出, 転居, 死亡). */
  readonly concernedLeaveHousehold?: boolean;
  /** Who plays which part; absent: 対象者, played by the persons marked concerned. */
  readonly roles?: readonly LifeEventRoleDefinition[];
  readonly questions: readonly QuestionDefinition[];
  readonly active: boolean;
}

/** A rule proposes one procedure, once per visit (scope 'visit') or once per person concerned ('person'). */
export interface ProposalRule {
  readonly id: string;
  readonly procedureId: string;
  /** The rule applies when the visit has any of these life events. */
  readonly lifeEventIds: readonly string[];
  readonly scope: 'visit' | 'person';
  /** Over the rule context; true proposes. */
  readonly when: JsonLogicExpression;
  /** Why it was proposed, in Japanese, with {{placeholders}} from the rule context: '{{person.name}}さんは75歳以上のため'. */
  readonly reason: string;
  readonly active: boolean;
}

export interface ProcedureCatalogue {
  readonly procedures: readonly ProcedureDefinition[];
  readonly lifeEvents: readonly LifeEventDefinition[];
  readonly rules: readonly ProposalRule[];
}
