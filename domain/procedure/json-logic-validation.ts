/**
 * Static checks of a JSON Logic expression before it is saved in the catalogue: unknown operators,
 * wrong argument counts, malformed nodes; and the data paths ({"var": ...}) it reads, with the scope
 * they are read in (the context, or an element of an array being iterated by some/all/map ...).
 */
import { isOperation, operationArguments, operatorOf } from './json-logic-syntax';

export interface JsonLogicIssue {
  /** Where in the expression: '' for the root, 'and[1].==[0]' below it. */
  readonly path: string;
  readonly kind: 'unknown-operator' | 'malformed';
  readonly operator?: string;
  /** Japanese, for the admin who edits the rule. */
  readonly message: string;
}

export interface VarReference {
  /** The data path read: 'person.age', 'answers.pregnant', 'concerned'. */
  readonly path: string;
  /** '' for the evaluation context; 'persons[]' inside {"some": [{"var": "persons"}, ...]}; '?' when unknown. */
  readonly scope: string;
  /** Where in the expression. */
  readonly at: string;
}

interface Arity {
  readonly min: number;
  readonly max?: number;
}

const ITERATORS = new Set(['map', 'filter', 'all', 'some', 'none', 'reduce']);

const ARITIES: ReadonlyMap<string, Arity> = new Map<string, Arity>([
  ...(['==', '===', '!=', '!==', '>', '>=', '/', '%', 'in', 'missing_some'] as const).map((op) => [op, { min: 2, max: 2 }] as const),
  ...(['<', '<=', 'substr'] as const).map((op) => [op, { min: 2, max: 3 }] as const),
  ...(['!', '!!'] as const).map((op) => [op, { min: 1, max: 1 }] as const),
  ...(['and', 'or', 'max', 'min', '*'] as const).map((op) => [op, { min: 1 }] as const),
  ...(['+', 'cat', 'merge', 'missing', 'if'] as const).map((op) => [op, { min: 0 }] as const),
  ...(['map', 'filter', 'all', 'some', 'none'] as const).map((op) => [op, { min: 2, max: 2 }] as const),
  ['reduce', { min: 2, max: 3 }],
  ['var', { min: 0, max: 2 }],
  ['-', { min: 1, max: 2 }],
  ['?:', { min: 3, max: 3 }],
]);

/** The operators the validator accepts (the same set the evaluator implements). */
export const validatedJsonLogicOperators: readonly string[] = [...ARITIES.keys()];

const child = (path: string, segment: string): string => (path === '' ? segment : `${path}.${segment}`);
const argPath = (path: string, operator: string, index: number): string => child(path, `${operator}[${index}]`);
const isPathLiteral = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';

function arityMessage(operator: string, arity: Arity, count: number): string {
  const expected = arity.max === undefined ? `${arity.min}個以上` : arity.min === arity.max ? `${arity.min}個` : `${arity.min}〜${arity.max}個`;
  return `演算子「${operator}」の引数は${expected}です（${count}個あります）`;
}

function shapeProblem(operator: string, args: readonly unknown[]): string | undefined {
  const [first, second] = args;
  if (operator === 'var' && args.length > 0 && !isPathLiteral(first) && !isOperation(first) && !(Array.isArray(first) && first.length === 0)) {
    return '「var」のパスは文字列か数値で書きます';
  }
  if (operator === 'missing_some' && !Array.isArray(second) && !isOperation(second)) {
    return '「missing_some」の2番目の引数はパスの配列です';
  }
  return undefined;
}

/** Unknown operators and malformed nodes of an expression; empty when it can be evaluated. */
export function validateJsonLogic(expression: unknown, path = ''): JsonLogicIssue[] {
  if (Array.isArray(expression)) return expression.flatMap((item, index) => validateJsonLogic(item, `${path}[${index}]`));
  if (typeof expression !== 'object' || expression === null) return [];
  if (!isOperation(expression)) {
    const keys = Object.keys(expression);
    const issue: JsonLogicIssue = {
      path,
      kind: 'malformed',
      message: `演算子はキーが1つのオブジェクトで書きます（キー: ${keys.length === 0 ? 'なし' : keys.join(', ')}）`,
    };
    return [issue, ...keys.flatMap((key) => validateJsonLogic((expression as Record<string, unknown>)[key], child(path, key)))];
  }
  const operator = operatorOf(expression);
  const args = operationArguments(expression, operator);
  const nested = args.flatMap((arg, index) => validateJsonLogic(arg, argPath(path, operator, index)));
  const arity = ARITIES.get(operator);
  if (!arity) return [{ path, kind: 'unknown-operator', operator, message: `演算子「${operator}」は使えません` }, ...nested];
  const issues: JsonLogicIssue[] = [];
  if (args.length < arity.min || (arity.max !== undefined && args.length > arity.max)) {
    issues.push({ path, kind: 'malformed', operator, message: arityMessage(operator, arity, args.length) });
  }
  const shape = shapeProblem(operator, args);
  if (shape) issues.push({ path, kind: 'malformed', operator, message: shape });
  return [...issues, ...nested];
}

function elementScope(scope: string, list: unknown): string {
  if (scope === '?' || !isOperation(list) || operatorOf(list) !== 'var') return '?';
  const [listPath] = operationArguments(list, 'var');
  return isPathLiteral(listPath) ? `${child(scope, String(listPath))}[]` : '?';
}

function literalPaths(operator: string, args: readonly unknown[]): readonly unknown[] {
  if (operator === 'var') return args.slice(0, 1);
  if (operator === 'missing') return Array.isArray(args[0]) ? args[0] : args;
  if (operator === 'missing_some') return Array.isArray(args[1]) ? args[1] : [];
  return [];
}

/** Every literal data path the expression reads, with the scope it is read in. */
export function collectVarReferences(expression: unknown, scope = '', at = ''): VarReference[] {
  if (Array.isArray(expression)) return expression.flatMap((item, index) => collectVarReferences(item, scope, `${at}[${index}]`));
  if (!isOperation(expression)) return [];
  const operator = operatorOf(expression);
  const args = operationArguments(expression, operator);
  const own = literalPaths(operator, args)
    .filter(isPathLiteral)
    .map((path): VarReference => ({ path: String(path), scope, at }));
  const nested = args.flatMap((arg, index) => {
    const inner = ITERATORS.has(operator) && index === 1 ? (operator === 'reduce' ? '?' : elementScope(scope, args[0])) : scope;
    return isPathLiteral(arg) ? [] : collectVarReferences(arg, inner, argPath(at, operator, index));
  });
  return [...own, ...nested];
}
