import {
  applyJsonLogic,
  JsonLogicError,
  type JsonLogicExpression,
  knownJsonLogicOperators,
  validateJsonLogic,
} from '../../../domain/procedure';
import { validatedJsonLogicOperators } from '../../../domain/procedure/json-logic-validation';

type Case = [title: string, logic: JsonLogicExpression, data: unknown, expected: unknown];

const cases: Case[] = [
  // values and var
  ['a primitive is itself', 42, null, 42],
  ['an array is evaluated element by element', [{ var: 'a' }, 2], { a: 1 }, [1, 2]],
  ['an object with two keys is a value, not an operation', { a: 1, b: 2 } as JsonLogicExpression, null, { a: 1, b: 2 }],
  ['var reads a key', { var: 'a' }, { a: 1 }, 1],
  ['var takes its path in an array too', { var: ['a'] }, { a: 1 }, 1],
  ['var reads a dot path', { var: 'champ.name' }, { champ: { name: 'Fezzig' } }, 'Fezzig'],
  ['var reads an array index', { var: 1 }, ['apple', 'banana'], 'banana'],
  ['var reads an index inside a dot path', { var: 'persons.1.name' }, { persons: [{ name: 'A' }, { name: 'B' }] }, 'B'],
  ['var returns the default for a missing key', { var: ['z', 26] }, { a: 1 }, 26],
  ['var returns null for a missing key without default', { var: 'z' }, { a: 1 }, null],
  ['var keeps a null that is present', { var: ['a', 5] }, { a: null }, null],
  ['var with an empty path returns the whole data', { var: '' }, { a: 1 }, { a: 1 }],
  ['var with no path returns the whole data', { var: [] }, 7, 7],
  ['var never reads inherited properties', { var: 'constructor' }, {}, null],
  ['var takes a computed path', { var: { cat: ['a', '.', 'b'] } }, { a: { b: 'ok' } }, 'ok'],
  ['var reads the length of an array', { var: 'list.length' }, { list: [1, 2, 3] }, 3],
  // missing
  ['missing lists absent keys', { missing: ['a', 'b'] }, { a: 'apple', c: 'carrot' }, ['b']],
  ['missing treats null and empty text as absent', { missing: ['a', 'b', 'c'] }, { a: null, b: '', c: 0 }, ['a', 'b']],
  ['missing takes an array from merge', { missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr'], []] }] } }, { financing: true }, ['vin', 'apr']],
  ['missing_some is empty when enough are present', { missing_some: [1, ['a', 'b', 'c']] }, { a: 'apple' }, []],
  ['missing_some lists the missing when too few are present', { missing_some: [2, ['a', 'b', 'c']] }, { a: 'apple' }, ['b', 'c']],
  // if
  ['if picks the then branch', { if: [true, 'yes', 'no'] }, null, 'yes'],
  ['if picks the else branch', { if: [false, 'yes', 'no'] }, null, 'no'],
  ['if chains else-if', { if: [{ '<': [{ var: 't' }, 0] }, 'freezing', { '<': [{ var: 't' }, 100] }, 'liquid', 'gas'] }, { t: 55 }, 'liquid'],
  ['if without a matching branch and no else is null', { if: [false, 'yes'] }, null, null],
  ['if with one argument returns it', { if: ['only'] }, null, 'only'],
  ['if with no arguments is null', { if: [] }, null, null],
  ['?: is the ternary', { '?:': [{ '>': [3, 1] }, 'big', 'small'] }, null, 'big'],
  ['if is lazy: the branch not taken is never evaluated', { if: [true, 1, { nope: [] }] }, null, 1],
  // equality
  ['== casts', { '==': [1, '1'] }, null, true],
  ['== treats 0 and false as equal', { '==': [0, false] }, null, true],
  ['== treats "" and 0 as equal', { '==': ['', 0] }, null, true],
  ['== keeps null apart from false', { '==': [null, false] }, null, false],
  ['== keeps null apart from 0', { '==': [null, 0] }, null, false],
  ['== compares an array by its text', { '==': [[1], 1] }, null, true],
  ['== compares two strings exactly', { '==': ['a', 'A'] }, null, false],
  ['=== does not cast', { '===': [1, '1'] }, null, false],
  ['=== compares same type', { '===': [1, 1] }, null, true],
  ['!= is the negation of ==', { '!=': [1, '1'] }, null, false],
  ['!== is the negation of ===', { '!==': [1, '1'] }, null, true],
  // truthiness and logic
  ['! of an empty array is true (empty arrays are falsy)', { '!': [[]] }, null, true],
  ['! accepts a bare argument', { '!': true }, null, false],
  ['!! of "0" is true (only the empty string is falsy)', { '!!': ['0'] }, null, true],
  ['!! of a non-empty array is true', { '!!': [[0]] }, null, true],
  ['!! of 0 is false', { '!!': [0] }, null, false],
  ['or returns the first truthy value', { or: [false, 0, 'a', 'b'] }, null, 'a'],
  ['or returns the last value when none is truthy', { or: [false, 0] }, null, 0],
  ['and returns the first falsy value', { and: [true, '', 3] }, null, ''],
  ['and returns the last value when all are truthy', { and: [true, 'a', 3] }, null, 3],
  ['and is lazy', { and: [false, { nope: [] }] }, null, false],
  ['or is lazy', { or: [true, { nope: [] }] }, null, true],
  // ordering
  ['> on numbers', { '>': [2, 1] }, null, true],
  ['>= on equal numbers', { '>=': [1, 1] }, null, true],
  ['< casts numeric text', { '<': ['11', 2] }, null, false],
  ['< compares two strings as text', { '<': ['11', '2'] }, null, true],
  ['<= on numbers', { '<=': [1, 1] }, null, true],
  ['< between, exclusive', { '<': [1, 2, 3] }, null, true],
  ['< between fails on the bound', { '<': [1, 1, 3] }, null, false],
  ['<= between, inclusive', { '<=': [1, 1, 3] }, null, true],
  ['<= between above the range', { '<=': [1, 4, 3] }, null, false],
  ['a comparison with NaN is false', { '<': ['abc', 1] }, null, false],
  ['null orders as 0', { '<': [null, 1] }, null, true],
  // arithmetic
  ['max', { max: [1, 2, 3] }, null, 3],
  ['min', { min: [1, 2, 3] }, null, 1],
  ['max of nothing is null', { max: [] }, null, null],
  ['+ adds', { '+': [4, 2] }, null, 6],
  ['+ adds many and casts text', { '+': [2, 2, '2', 2] }, null, 8],
  ['+ of one text casts it to a number', { '+': '3.14' }, null, 3.14],
  ['- subtracts', { '-': [4, 2] }, null, 2],
  ['- of one argument negates', { '-': 2 }, null, -2],
  ['* multiplies many', { '*': [2, 2, 2] }, null, 8],
  ['/ divides', { '/': [4, 2] }, null, 2],
  ['% is the remainder', { '%': [101, 2] }, null, 1],
  // strings and arrays
  ['in finds a substring', { in: ['Spring', 'Springfield'] }, null, true],
  ['in finds an array element', { in: ['Ringo', ['John', 'Paul', 'George', 'Ringo']] }, null, true],
  ['in does not cast for arrays', { in: ['1', [1, 2]] }, null, false],
  ['in on something that is neither text nor array is false', { in: ['a', null] }, null, false],
  ['cat joins text', { cat: ['I love', ' pie'] }, null, 'I love pie'],
  ['cat writes numbers and null as text', { cat: ['x', 1, null] }, null, 'x1null'],
  ['substr from a position', { substr: ['jsonlogic', 4] }, null, 'logic'],
  ['substr from the end', { substr: ['jsonlogic', -5] }, null, 'logic'],
  ['substr with a length', { substr: ['jsonlogic', 1, 3] }, null, 'son'],
  ['substr with a negative length leaves characters off the end', { substr: ['jsonlogic', 4, -2] }, null, 'log'],
  ['merge flattens one level', { merge: [[1, 2], [3, 4]] }, null, [1, 2, 3, 4]],
  ['merge adds non-arrays as elements', { merge: [1, 2, [3, 4]] }, null, [1, 2, 3, 4]],
  ['merge keeps deeper arrays', { merge: [[1, [2]]] }, null, [1, [2]]],
  // iteration
  ['map doubles', { map: [{ var: 'integers' }, { '*': [{ var: '' }, 2] }] }, { integers: [1, 2, 3] }, [2, 4, 6]],
  ['map over something not an array is empty', { map: [{ var: 'nope' }, { var: '' }] }, {}, []],
  ['filter keeps odd numbers', { filter: [{ var: 'integers' }, { '%': [{ var: '' }, 2] }] }, { integers: [1, 2, 3, 4, 5] }, [1, 3, 5]],
  ['all holds for every element', { all: [[1, 2, 3], { '>': [{ var: '' }, 0] }] }, null, true],
  ['all of an empty array is false', { all: [[], { '>': [{ var: '' }, 0] }] }, null, false],
  ['some holds for one element', { some: [{ var: 'pies' }, { '==': [{ var: 'filling' }, 'apple'] }] }, { pies: [{ filling: 'pumpkin' }, { filling: 'apple' }] }, true],
  ['some of an empty array is false', { some: [[], true] }, null, false],
  ['none holds when no element matches', { none: [[-3, -2], { '>': [{ var: '' }, 0] }] }, null, true],
  ['none of an empty array is true', { none: [[], true] }, null, true],
  ['reduce sums', { reduce: [{ var: 'n' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, { n: [1, 2, 3, 4] }, 10],
];

describe('JSON Logic evaluator', () => {
  it.each(cases)('%s', (_title, logic, data, expected) => {
    expect(applyJsonLogic(logic, data)).toEqual(expected);
  });

  it('refuses an unknown operator with a typed error that names it', () => {
    let caught: unknown;
    try {
      applyJsonLogic({ and: [true, { regex: ['a', 'b'] }] }, null);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JsonLogicError);
    expect(caught).toMatchObject({ code: 'PROCEDURE.JSON_LOGIC_UNKNOWN_OPERATOR', operators: ['regex'], kind: 'invalid' });
    expect((caught as Error).message).toContain('「regex」');
  });

  it('treats an inherited name such as "toString" as an unknown operator, not as a function', () => {
    expect(() => applyJsonLogic({ toString: [] } as JsonLogicExpression, null)).toThrow(JsonLogicError);
  });

  it('does not change the data it reads', () => {
    const data = { list: [3, 1, 2] };
    applyJsonLogic({ map: [{ var: 'list' }, { '+': [{ var: '' }, 1] }] }, data);
    expect(data).toEqual({ list: [3, 1, 2] });
  });
});

describe('validateJsonLogic', () => {
  it('accepts every operator the evaluator implements, and only those', () => {
    expect([...validatedJsonLogicOperators].sort()).toEqual([...knownJsonLogicOperators].sort());
  });

  it('finds nothing wrong in a well-formed rule', () => {
    const rule: JsonLogicExpression = {
      and: [{ var: 'person.concerned' }, { '<=': [20, { var: 'person.age' }, 59] }, { some: [{ var: 'persons' }, { var: 'concerned' }] }],
    };
    expect(validateJsonLogic(rule)).toEqual([]);
  });

  it('lists every unknown operator with its place', () => {
    const issues = validateJsonLogic({ and: [{ regex: ['a'] }, { or: [{ foo: 1 }] }] });
    expect(issues.map((issue) => [issue.kind, issue.operator, issue.path])).toEqual([
      ['unknown-operator', 'regex', 'and[0]'],
      ['unknown-operator', 'foo', 'and[1].or[0]'],
    ]);
  });

  it('reports wrong argument counts', () => {
    expect(validateJsonLogic({ '==': [1] })).toMatchObject([{ kind: 'malformed', operator: '==', path: '' }]);
    expect(validateJsonLogic({ '<': [1, 2, 3, 4] })).toMatchObject([{ kind: 'malformed', operator: '<' }]);
    expect(validateJsonLogic({ some: [{ var: 'persons' }] })).toMatchObject([{ kind: 'malformed', operator: 'some' }]);
  });

  it('reports an object with several keys and a var path that is not text or a number', () => {
    expect(validateJsonLogic({ and: [{ a: 1, b: 2 }] } as JsonLogicExpression)).toMatchObject([{ kind: 'malformed', path: 'and[0]' }]);
    expect(validateJsonLogic({ var: [true] })).toMatchObject([{ kind: 'malformed', operator: 'var' }]);
  });

  it('writes its messages in Japanese', () => {
    const [issue] = validateJsonLogic({ regex: [] });
    expect(issue?.message).toBe('演算子「regex」は使えません');
  });
});
