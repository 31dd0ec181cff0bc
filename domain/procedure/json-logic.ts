/**
 * Our own JSON Logic evaluator (https://jsonlogic.com/operations.html): the rule language of the
 * procedure catalogue. Pure: no I/O, no clock, no access to prototypes (only own properties are read).
 *
 * An object with exactly one key is an operation; any other object, and every primitive, is a value.
 * An array is evaluated element by element. Operator arguments may be given bare for one argument
 * ({"!": true} is {"!": [true]}).
 */
import type { JsonLogicExpression } from './catalogue.types';
import { isTruthy } from './json-logic-coercion';
import { jsonLogicErrors } from './json-logic.errors';
import { valueOperators } from './json-logic-operators';
import { isOperation, operationArguments, operatorOf } from './json-logic-syntax';

export { validateJsonLogic, type JsonLogicIssue } from './json-logic-validation';
export { JsonLogicError } from './json-logic.errors';

type Evaluate = (node: unknown, data: unknown) => unknown;
type ControlOperator = (args: readonly unknown[], data: unknown, evaluate: Evaluate) => unknown;

/** Evaluates a JSON Logic expression against data; throws JsonLogicError for an unknown operator. */
export function applyJsonLogic(expression: JsonLogicExpression, data: unknown = null): unknown {
  return evaluate(expression, data);
}

function evaluate(node: unknown, data: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => evaluate(item, data));
  if (!isOperation(node)) return node;
  const operator = operatorOf(node);
  const args = operationArguments(node, operator);
  const control = controlOperators.get(operator);
  if (control) return control(args, data, evaluate);
  const value = valueOperators.get(operator);
  if (!value) throw jsonLogicErrors.unknownOperator([operator]);
  return value(args.map((arg) => evaluate(arg, data)));
}

/** Reads a dot path ("person.insurance.kokuho", "persons.0.name") from own properties only. */
export function readPath(data: unknown, path: unknown, fallback: unknown = null): unknown {
  if (path === null || path === undefined || path === '') return data;
  const segments = String(path).split('.');
  let current: unknown = data;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return fallback;
    current = (current as Record<string, unknown>)[segment];
  }
  return current === undefined ? fallback : current;
}

function missingKeys(keys: readonly unknown[], data: unknown): unknown[] {
  return keys.filter((key) => {
    const value = readPath(data, key, null);
    return value === null || value === '';
  });
}

const listOrEmpty = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

const conditional: ControlOperator = (args, data, run) => {
  let index = 0;
  for (; index + 1 < args.length; index += 2) {
    if (isTruthy(run(args[index], data))) return run(args[index + 1], data);
  }
  return index < args.length ? run(args[index], data) : null;
};

function shortCircuit(stopWhen: boolean): ControlOperator {
  return (args, data, run) => {
    let current: unknown = null;
    for (const arg of args) {
      current = run(arg, data);
      if (isTruthy(current) === stopWhen) return current;
    }
    return current;
  };
}

function iteration(finish: (items: readonly unknown[], test: (item: unknown) => unknown) => unknown): ControlOperator {
  return ([list, logic], data, run) => finish(listOrEmpty(run(list, data)), (item) => run(logic, item));
}

const controlOperators: ReadonlyMap<string, ControlOperator> = new Map<string, ControlOperator>([
  ['var', ([path, fallback], data, run) => readPath(data, run(path, data), fallback === undefined ? null : run(fallback, data))],
  [
    'missing',
    (args, data, run) => {
      const values = args.map((arg) => run(arg, data));
      return missingKeys(Array.isArray(values[0]) ? values[0] : values, data);
    },
  ],
  [
    'missing_some',
    ([need, keys], data, run) => {
      const wanted = listOrEmpty(run(keys, data));
      const missing = missingKeys(wanted, data);
      return wanted.length - missing.length >= Number(run(need, data)) ? [] : missing;
    },
  ],
  ['if', conditional],
  ['?:', conditional],
  ['and', shortCircuit(false)],
  ['or', shortCircuit(true)],
  ['map', iteration((items, test) => items.map(test))],
  ['filter', iteration((items, test) => items.filter((item) => isTruthy(test(item))))],
  ['all', iteration((items, test) => items.length > 0 && items.every((item) => isTruthy(test(item))))],
  ['some', iteration((items, test) => items.some((item) => isTruthy(test(item))))],
  ['none', iteration((items, test) => !items.some((item) => isTruthy(test(item))))],
  [
    'reduce',
    ([list, logic, initial], data, run) =>
      listOrEmpty(run(list, data)).reduce(
        (accumulator, current) => run(logic, { current, accumulator }),
        run(initial ?? null, data),
      ),
  ],
]);

/** Every operator the evaluator knows (used by the validator and its tests). */
export const knownJsonLogicOperators: readonly string[] = [...controlOperators.keys(), ...valueOperators.keys()];
