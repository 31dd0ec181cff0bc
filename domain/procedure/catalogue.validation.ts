/**
 * Validation of a procedure catalogue (the city's seed files, or an admin's edit before it is saved).
 * Returns every problem found, each with a path and a Japanese message; an empty list means valid.
 */
import { isParticipantRole } from '../shared/participant-role';
import { type CatalogueIssue, checkIds, isBlank, KEBAB_CASE, SNAKE_CASE } from './catalogue-issue';
import { validateCondition, validateTemplate } from './catalogue-references.validation';
import type {
  LifeEventDefinition,
  LifeEventRoleDefinition,
  ProcedureCatalogue,
  ProcedureDefinition,
  ProposalRule,
  QuestionDefinition,
} from './catalogue.types';

export type { CatalogueIssue } from './catalogue-issue';

const QUESTION_TYPES: ReadonlySet<string> = new Set(['boolean', 'choice', 'multi-choice', 'number', 'date', 'text']);
const CHOICE_TYPES: ReadonlySet<string> = new Set(['choice', 'multi-choice']);

function validateProcedure(procedure: ProcedureDefinition, base: string, departments: ReadonlySet<string>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const need = (field: 'name' | 'category' | 'description', label: string): void => {
    if (isBlank(procedure[field])) issues.push({ path: `${base}.${field}`, message: `${label}がありません` });
  };
  need('name', '手続名');
  need('category', '業務の分類');
  need('description', '説明');
  if (!departments.has(procedure.departmentId)) {
    issues.push({ path: `${base}.departmentId`, message: `担当課「${procedure.departmentId}」は市の設定にありません` });
  }
  procedure.formIds.forEach((formId, index) => {
    if (!KEBAB_CASE.test(formId)) issues.push({ path: `${base}.formIds[${index}]`, message: `帳票ID「${formId}」の書き方が正しくありません` });
    if (procedure.formIds.indexOf(formId) !== index) issues.push({ path: `${base}.formIds[${index}]`, message: `帳票ID「${formId}」が重複しています` });
  });
  (procedure.bring ?? []).forEach((item, index) => {
    if (isBlank(item)) issues.push({ path: `${base}.bring[${index}]`, message: '持ち物が空です' });
  });
  if (procedure.eligibility) {
    if (isBlank(procedure.eligibility.text)) issues.push({ path: `${base}.eligibility.text`, message: '対象者の条件の説明がありません' });
    issues.push(...validateCondition(procedure.eligibility.when, `${base}.eligibility.when`, { answerIds: new Set(), personAllowed: true, answersFrom: '対象者の条件' }));
  }
  if (procedure.deadline) {
    if (isBlank(procedure.deadline.text)) issues.push({ path: `${base}.deadline.text`, message: '期限の説明がありません' });
    const days = procedure.deadline.days;
    if (days !== undefined && (!Number.isInteger(days) || days <= 0)) {
      issues.push({ path: `${base}.deadline.days`, message: '期限の日数は1以上の整数で書きます' });
    }
  }
  return issues;
}

function validateQuestion(question: QuestionDefinition, base: string, earlier: ReadonlySet<string>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (isBlank(question.text)) issues.push({ path: `${base}.text`, message: '質問文がありません' });
  if (!QUESTION_TYPES.has(question.type)) issues.push({ path: `${base}.type`, message: `質問の種類「${question.type}」は使えません` });
  const choices = question.choices ?? [];
  if (CHOICE_TYPES.has(question.type)) {
    if (choices.length < 2) issues.push({ path: `${base}.choices`, message: '選択式の質問には選択肢が2つ以上必要です' });
    choices.forEach((choice, index) => {
      if (isBlank(choice.value) || isBlank(choice.label)) issues.push({ path: `${base}.choices[${index}]`, message: '選択肢の値と表示名が必要です' });
      if (choices.findIndex((other) => other.value === choice.value) !== index) {
        issues.push({ path: `${base}.choices[${index}]`, message: `選択肢の値「${choice.value}」が重複しています` });
      }
    });
  } else if (choices.length > 0) {
    issues.push({ path: `${base}.choices`, message: '選択肢は選択式の質問にだけ書けます' });
  }
  if (question.askIf !== undefined) {
    issues.push(...validateCondition(question.askIf, `${base}.askIf`, { answerIds: earlier, personAllowed: false, answersFrom: '同じ出来事の前' }));
  }
  if (question.knownFrom !== undefined) {
    issues.push(...validateCondition(question.knownFrom, `${base}.knownFrom`, { answerIds: earlier, personAllowed: false, answersFrom: '同じ出来事の前' }));
  }
  return issues;
}

function validateRole(role: LifeEventRoleDefinition, base: string, index: number, roles: readonly LifeEventRoleDefinition[]): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (!isParticipantRole(role.role)) issues.push({ path: `${base}.role`, message: `役割「${String(role.role)}」は使えません` });
  else if (roles.findIndex((other) => other.role === role.role) !== index) issues.push({ path: `${base}.role`, message: `役割「${role.role}」が重複しています` });
  if (role.label !== undefined && isBlank(role.label)) issues.push({ path: `${base}.label`, message: '役割の表示名が空です' });
  for (const flag of ['concerned', 'multiple', 'required'] as const) {
    if (typeof role[flag] !== 'boolean') issues.push({ path: `${base}.${flag}`, message: `${flag} は true か false で書きます` });
  }
  if (role.defaultWhen !== undefined) {
    issues.push(...validateCondition(role.defaultWhen, `${base}.defaultWhen`, { answerIds: new Set(), personAllowed: true, answersFrom: '役割の既定' }));
  }
  return issues;
}

function validateLifeEvent(event: LifeEventDefinition, base: string): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (isBlank(event.name)) issues.push({ path: `${base}.name`, message: '出来事の名前がありません' });
  if (isBlank(event.description)) issues.push({ path: `${base}.description`, message: '出来事の説明がありません' });
  issues.push(...checkIds(event.questions, `${base}.questions`, SNAKE_CASE, '質問'));
  (event.roles ?? []).forEach((role, index, roles) => issues.push(...validateRole(role, `${base}.roles[${index}]`, index, roles)));
  const earlier = new Set<string>();
  event.questions.forEach((question, index) => {
    issues.push(...validateQuestion(question, `${base}.questions[${index}]`, earlier));
    earlier.add(question.id);
  });
  return issues;
}

const choiceKey = (question: QuestionDefinition): string =>
  `${question.type}:${(question.choices ?? []).map((choice) => choice.value).join('|')}`;

/** A question id shared by several life events is asked once: its type and choice values must agree. */
function validateSharedQuestions(events: readonly LifeEventDefinition[]): CatalogueIssue[] {
  const first = new Map<string, QuestionDefinition>();
  return events.flatMap((event, eventIndex) =>
    event.questions.flatMap((question, index): CatalogueIssue[] => {
      const earlier = first.get(question.id);
      if (!earlier) first.set(question.id, question);
      if (!earlier || choiceKey(earlier) === choiceKey(question)) return [];
      return [{ path: `lifeEvents[${eventIndex}].questions[${index}]`, message: `質問「${question.id}」はほかの出来事にもあり、種類か選択肢が異なります` }];
    }),
  );
}

function validateRule(rule: ProposalRule, base: string, catalogue: ProcedureCatalogue): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (!catalogue.procedures.some((procedure) => procedure.id === rule.procedureId)) {
    issues.push({ path: `${base}.procedureId`, message: `手続「${rule.procedureId}」はカタログにありません` });
  }
  if (rule.lifeEventIds.length === 0) issues.push({ path: `${base}.lifeEventIds`, message: '対象の出来事がありません' });
  const events = rule.lifeEventIds.map((id) => catalogue.lifeEvents.find((event) => event.id === id));
  events.forEach((event, index) => {
    if (!event) issues.push({ path: `${base}.lifeEventIds[${index}]`, message: `出来事「${rule.lifeEventIds[index]}」はカタログにありません` });
  });
  if (rule.scope !== 'visit' && rule.scope !== 'person') {
    issues.push({ path: `${base}.scope`, message: `scope「${String(rule.scope)}」は visit か person で書きます` });
  }
  const readable = {
    answerIds: new Set(events.flatMap((event) => event?.questions.map((question) => question.id) ?? [])),
    personAllowed: rule.scope === 'person',
    answersFrom: 'このルールの出来事',
  };
  issues.push(...validateCondition(rule.when, `${base}.when`, readable));
  issues.push(...validateTemplate(rule.reason ?? '', `${base}.reason`, readable));
  return issues;
}

/** Every problem of the catalogue, against the department ids of the city's configuration. */
export function validateCatalogue(catalogue: ProcedureCatalogue, knownDepartmentIds: Iterable<string>): CatalogueIssue[] {
  const departments = new Set(knownDepartmentIds);
  return [
    ...checkIds(catalogue.procedures, 'procedures', KEBAB_CASE, '手続'),
    ...catalogue.procedures.flatMap((procedure, index) => validateProcedure(procedure, `procedures[${index}]`, departments)),
    ...checkIds(catalogue.lifeEvents, 'lifeEvents', KEBAB_CASE, '出来事'),
    ...catalogue.lifeEvents.flatMap((event, index) => validateLifeEvent(event, `lifeEvents[${index}]`)),
    ...validateSharedQuestions(catalogue.lifeEvents),
    ...checkIds(catalogue.rules, 'rules', KEBAB_CASE, 'ルール'),
    ...catalogue.rules.flatMap((rule, index) => validateRule(rule, `rules[${index}]`, catalogue)),
  ];
}
