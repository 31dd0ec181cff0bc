import { bindingExample } from './binding-example';
import { baseKind, bindingOf, bindingParts, filtersFor, kindAfter } from './binding-text';
import { keyLabels, personKeys } from './binding-words';

describe('the designer’s binding words', () => {
  it('name every key of a person in Japanese', () => {
    for (const key of Object.keys(personKeys)) expect(keyLabels[key]).toBeTruthy();
  });

  it('read a binding into the picker’s steps and write it back', () => {
    const parts = bindingParts('concerned[0].birthDate | era');
    expect(parts).toEqual({ root: 'concerned', index: 0, key: 'birthDate', filters: ['era'] });
    expect(bindingOf(parts!)).toBe('concerned[0].birthDate|era');
    expect(bindingParts('nobody.name')).toBeNull();
  });

  it('offer only the filters that fit what the value is', () => {
    expect(filtersFor(baseKind({ root: 'today', key: null }))).toEqual(['era', 'eraShort', 'eraYear', 'age']);
    expect(kindAfter('sex', ['sexLabel'])).toBe('text');
    expect(kindAfter('text', ['era'])).toBeNull();
  });

  it('say what a binding gives with the preview’s sample household', () => {
    const city = { cityName: '花巻市', officeName: '本庁', departmentName: '市民登録課', today: '2026-11-24' };
    expect(bindingExample('applicant.name', city)).toBe('見本 太郎');
    expect(bindingExample('today|era', city)).toBe('令和8年11月24日');
    expect(bindingExample('concerned[2].birthDate|eraShort', city)).toBe('R1.5.1');
    expect(bindingExample('head.sex|sexLabel', city)).toBe('男');
    expect(bindingExample('applicant.birthDate|age', city)).toBe('46');
  });
});
