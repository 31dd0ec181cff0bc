/**
 * The procedure catalogue of a city, as data (procedures, life events, interview questions and the rules
 * that propose procedures). Admins change it through events; the city folder seeds it on first start.
 */

import type { ParticipantRole } from '../shared/participant-role';

/** A JSON Logic expression (https://jsonlogic.com), evaluated by domain/procedure/json-logic.ts. */
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
  /** Form template ids (Form context) this procedure needs. */
  readonly formIds: readonly string[];
  /** One line for staff and the resident's guide. */
  readonly description: string;
  /** Whether one application is made per person (true) or per visit/household (false). */
  readonly perPerson: boolean;
  /**
   * Who may have it, per person (印鑑登録: 15歳以上): a person a rule proposes it for gets it only when
   * `when` holds for them (over the same context as a person rule); `text` says why not, in Japanese.
   */
  readonly eligibility?: { readonly when: JsonLogicExpression; readonly text: string };
  /** Where the rules follow official guidance: the source (URL or title), for admins and auditors. */
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
  /**
   * What the visit already knows: when this gives a value other than null, the question is not asked
   * and the rules read that value as its answer (子の年齢から「小中学生がいる」).
   */
  readonly knownFrom?: JsonLogicExpression;
  readonly required: boolean;
}

/** A part persons play in a life event, with who plays it until the clerk says otherwise. */
export interface LifeEventRoleDefinition {
  readonly role: ParticipantRole;
  /** How this event calls it (出生の「子」は新生児); absent: the vocabulary's label. */
  readonly label?: string;
  /** Persons in this role are the ones the event is about (they move, are born, died, marry). */
  readonly concerned: boolean;
  /** More than one person may play it (the children who move); otherwise the first one found. */
  readonly multiple: boolean;
  /** The event's forms are not right without it: the workspace asks until someone plays it. */
  readonly required: boolean;
  /**
   * Who plays it by default, per person, over the rule context with `person` (person.applicant, age,
   * sex, relationship, concerned). A clerk's assignment for a person in this event replaces it.
   */
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
  /**
   * The concerned persons leave the household with this event (転出, 転居, 死亡): the context's
   * household.remainingAfter then counts only the others. Absent: nobody leaves.
   */
  readonly concernedLeaveHousehold?: boolean;
  /**
   * Who plays which part (届出人, 夫 and 妻, 父 and 母, 子, 死亡者 ...). Absent: one part, 対象者, played by
   * the persons marked concerned.
   */
  readonly roles?: readonly LifeEventRoleDefinition[];
  readonly questions: readonly QuestionDefinition[];
  readonly active: boolean;
}

/**
 * A rule proposes one procedure. scope 'visit': evaluated once for the visit; scope 'person': once per
 * person concerned (a moving family member, the deceased, the newborn ...), proposing it for that person.
 */
export interface ProposalRule {
  readonly id: string;
  readonly procedureId: string;
  /** The rule applies when the visit has any of these life events. */
  readonly lifeEventIds: readonly string[];
  readonly scope: 'visit' | 'person';
  /** Over the proposal context (see proposal-context.ts); true proposes. */
  readonly when: JsonLogicExpression;
  /**
   * Why it was proposed, in Japanese, with {{placeholders}} from the context:
   * '{{person.name}}さんは{{person.age}}歳で、75歳以上のため'.
   */
  readonly reason: string;
  readonly active: boolean;
}

export interface ProcedureCatalogue {
  readonly procedures: readonly ProcedureDefinition[];
  readonly lifeEvents: readonly LifeEventDefinition[];
  readonly rules: readonly ProposalRule[];
}
