/**
 * Checks what a rule, an askIf condition or a reason template reads from the proposal context: known
 * fields only, `person` only where a person is set, answers only of the questions the rule can see.
 */
import type { CatalogueIssue } from './catalogue-issue';
import { collectVarReferences, validateJsonLogic } from './json-logic-validation';
import { contextSchema, pathExists, pathIsLeaf, personSchema } from './proposal-context.paths';
import { extractPlaceholders } from './reason-template';

export interface ReadableData {
  /** The question ids the expression may read as answers.<id>. */
  readonly answerIds: ReadonlySet<string>;
  /** Whether `person` is set (scope 'person' rules). */
  readonly personAllowed: boolean;
  /** Says where the answer ids come from, for the message: 'このルールの出来事', '前の質問'. */
  readonly answersFrom: string;
}

const join = (base: string, at: string): string => (at === '' ? base : `${base}.${at}`);

function checkRootPath(path: string, readable: ReadableData, mustBeValue: boolean): string | undefined {
  const [head, second] = path.split('.');
  if (head === 'answers') {
    if (second === undefined) return mustBeValue ? '「answers」全体は差し込めません' : undefined;
    return readable.answerIds.has(second) ? undefined : `質問「${second}」は${readable.answersFrom}の質問にありません`;
  }
  if (head === 'person' && !readable.personAllowed) {
    return '「person」は世帯員ごとのルール（scope: person）でだけ使えます';
  }
  if (!pathExists(contextSchema, path)) return `「${path}」は判定に使えるデータにありません`;
  if (mustBeValue && !pathIsLeaf(contextSchema, path)) return `「${path}」は値ではないため差し込めません`;
  return undefined;
}

function checkReference(path: string, scope: string, readable: ReadableData): string | undefined {
  if (scope === '') return checkRootPath(path, readable, false);
  if (scope === 'persons[]') {
    return pathExists(personSchema, path) ? undefined : `「${path}」は世帯員（persons）の項目にありません`;
  }
  return undefined; // elements of other arrays, reduce: not checked
}

/** JSON Logic problems and unknown data paths of a condition. */
export function validateCondition(expression: unknown, base: string, readable: ReadableData): CatalogueIssue[] {
  if (expression === undefined) return [{ path: base, message: '条件式がありません' }];
  const syntax = validateJsonLogic(expression).map((issue) => ({ path: join(base, issue.path), message: issue.message }));
  const references = collectVarReferences(expression).flatMap((reference) => {
    const message = checkReference(reference.path, reference.scope, readable);
    return message ? [{ path: join(base, reference.at), message }] : [];
  });
  return [...syntax, ...references];
}

/** Unknown or unusable {{placeholders}} of a reason template. */
export function validateTemplate(template: string, base: string, readable: ReadableData): CatalogueIssue[] {
  if (template.trim() === '') return [{ path: base, message: '理由の文がありません' }];
  return extractPlaceholders(template).flatMap((path) => {
    const message = checkRootPath(path, readable, true);
    return message ? [{ path: base, message: `差し込み項目「{{${path}}}」: ${message}` }] : [];
  });
}
