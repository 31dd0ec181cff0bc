import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyJsonLogic, JsonLogicError, type JsonLogicExpression, knownJsonLogicOperators } from '../../../domain/procedure';

/**
 * The published JsonLogic conformance suite (jsonlogic.com/tests.json, the data json-logic-js runs; see
 * tests/support/fixtures/json-logic/LICENSE.md for where it comes from) run against our own evaluator.
 */
const suitePath = join(__dirname, '../../support/fixtures/json-logic/tests.json');

/**
 * json-logic-js operators that our evaluator deliberately does not have, with the reason. A suite case that
 * uses one is not skipped: it must be refused with PROCEDURE.JSON_LOGIC_UNKNOWN_OPERATOR. This is the one
 * place to add an exclusion. (Today no case of the suite uses either, so every case is evaluated.)
 */
const unsupportedOperators: Readonly<Record<string, string>> = {
  log: 'a side effect (console.log): catalogue rules are pure and are evaluated on the server and in the browser',
  method: "calls a JavaScript method of the data; the evaluator never reaches the data's prototype",
};

interface SuiteCase {
  readonly section: string;
  readonly index: number;
  readonly rule: JsonLogicExpression;
  readonly data: unknown;
  readonly expected: unknown;
}

function readSuite(): SuiteCase[] {
  const entries = JSON.parse(readFileSync(suitePath, 'utf8')) as unknown[];
  const cases: SuiteCase[] = [];
  let section = '';
  entries.forEach((entry, index) => {
    if (typeof entry === 'string') {
      section = entry.replace(/^#\s*/, '');
      return;
    }
    const [rule, data, expected] = entry as [JsonLogicExpression, unknown, unknown];
    cases.push({ section, index, rule, data, expected });
  });
  return cases;
}

/** Every operator a rule uses, nested ones included (an object with one key is an operation). */
function operatorsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) operatorsOf(item, found);
  } else if (typeof node === 'object' && node !== null && Object.keys(node).length === 1) {
    const [operator, args] = Object.entries(node)[0]!;
    found.add(operator);
    operatorsOf(args, found);
  }
  return found;
}

const suite = readSuite();
const usesUnsupported = (c: SuiteCase) => [...operatorsOf(c.rule)].some((operator) => Object.hasOwn(unsupportedOperators, operator));
const supportedCases = suite.filter((c) => !usesUnsupported(c));
const refusedCases = suite.filter(usesUnsupported);
const title = (c: SuiteCase) => `#${c.index} ${c.section}: ${JSON.stringify(c.rule)} with ${JSON.stringify(c.data)}`;

describe('JSON Logic conformance (jsonlogic.com/tests.json)', () => {
  it('reads the whole published suite', () => {
    expect(suite.length).toBe(277);
  });

  it('knows every operator the suite uses, except those listed as unsupported', () => {
    const used = new Set(suite.flatMap((c) => [...operatorsOf(c.rule)]));
    const unknown = [...used].filter((operator) => !knownJsonLogicOperators.includes(operator) && !Object.hasOwn(unsupportedOperators, operator));
    expect(unknown).toEqual([]);
  });

  it('has a suite case for every operator it supports', () => {
    const used = new Set(suite.flatMap((c) => [...operatorsOf(c.rule)]));
    expect(knownJsonLogicOperators.filter((operator) => !used.has(operator))).toEqual([]);
  });

  it('lists as unsupported only operators it really does not know', () => {
    expect(Object.keys(unsupportedOperators).filter((operator) => knownJsonLogicOperators.includes(operator))).toEqual([]);
  });

  it.each(supportedCases.map((c) => [title(c), c] as const))('%s', (_title, c) => {
    expect(applyJsonLogic(c.rule, c.data)).toStrictEqual(c.expected);
  });

  if (refusedCases.length > 0) {
    it.each(refusedCases.map((c) => [title(c), c] as const))('refuses %s (unsupported operator)', (_title, c) => {
      expect(() => applyJsonLogic(c.rule, c.data)).toThrow(JsonLogicError);
    });
  }
});
