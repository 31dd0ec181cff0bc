import { ageOn, fiscalYearStart, isStandardRelationship, withinFiscalYearOfAge } from '../../../domain/linkage';

describe('ages as the register counts them', () => {
  it('counts the birthday itself as the new age', () => {
    expect(ageOn('1956-04-12', '2026-04-11')).toBe(69);
    expect(ageOn('1956-04-12', '2026-04-12')).toBe(70);
    expect(ageOn('2019-05-01', '2026-10-01')).toBe(7);
  });

  it('finds the fiscal year (April to March)', () => {
    expect(fiscalYearStart('2026-03-31')).toBe('2025-04-01');
    expect(fiscalYearStart('2026-04-01')).toBe('2026-04-01');
  });

  it('keeps a child within "the fiscal year in which they turn 18" until the following March 31', () => {
    expect(withinFiscalYearOfAge('2008-06-15', '2026-10-01', 18)).toBe(true); // turns 18 in June 2026
    expect(withinFiscalYearOfAge('2008-02-15', '2026-10-01', 18)).toBe(false); // turned 18 in FY2025
    expect(withinFiscalYearOfAge('2008-04-01', '2026-10-01', 18)).toBe(false); // legally 18 on 2026-03-31
    expect(withinFiscalYearOfAge('2008-04-02', '2026-10-01', 18)).toBe(true);
  });

  it('rejects a date that is not ISO', () => {
    expect(() => ageOn('1989/01/08', '2026-10-01')).toThrow(RangeError);
  });
});

describe('続柄 from the standard list', () => {
  it('accepts the words of the list and chains of up to four steps', () => {
    for (const value of ['世帯主', '妻', '夫（未届）', '子', '子の妻', '妻の父', '子の子', '子の子の子の子', '縁故者', '同居人']) {
      expect(isStandardRelationship(value)).toBe(true);
    }
  });

  it('refuses words the standard does not use and chains that are too long', () => {
    for (const value of ['孫', '祖父', '長男', '子の子の子の子の子', '世帯主の妻', '', '子の']) expect(isStandardRelationship(value)).toBe(false);
  });
});
