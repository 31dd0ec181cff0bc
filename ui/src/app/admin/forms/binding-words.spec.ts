import { applyBindingFilter } from '@madoguchi/application/form/contracts/binding-filters.contract';
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

  it('print examples with the server’s own filters, where the designer’s copy used to differ', () => {
    const city = { cityName: '花巻市', officeName: '本庁', departmentName: '市民登録課', today: '2026-11-24' };
    // fullwidth: the space too (the server used to leave it half-width)
    expect(bindingExample('applicant.address|fullwidth', city)).toBe('岩手県花巻市花城町９番３０号\u3000見本ハイツ１０１');
    // an era filter on a value that is not a date prints nothing (the designer used to show the name)
    expect(bindingExample('applicant.name|eraShort', city)).toBe('');
    expect(bindingExample('applicant.name|era', city)).toBe('');
    expect(bindingExample('applicant.name|age', city)).toBe('');
    // katakana leaves the space as it is, as the PDF prints it
    expect(bindingExample('applicant.nameKana|katakana', city)).toBe('ミホン タロウ');
    // first: any line end, CR LF and a lone CR included
    expect(applyBindingFilter('first', '一行目\r\n二行目', city.today)).toBe('一行目');
    expect(applyBindingFilter('first', '一行目\r二行目', city.today)).toBe('一行目');
  });
});
