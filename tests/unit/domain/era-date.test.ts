import { DomainError, formatEraDate } from '../../../domain/shared';

describe('dates in the Japanese era (和暦)', () => {
  it('writes a date the three ways forms print it', () => {
    expect(formatEraDate('2026-11-24', 'long')).toBe('令和8年11月24日');
    expect(formatEraDate('2026-11-24', 'short')).toBe('R8.11.24');
    expect(formatEraDate('2026-11-24', 'year')).toBe('令和8年');
    expect(formatEraDate('2026-04-01')).toBe('令和8年4月1日');
  });

  it('switches from 平成 to 令和 between April 30 and May 1, 2019, with 元年 for the first year', () => {
    expect(formatEraDate('2019-04-30', 'long')).toBe('平成31年4月30日');
    expect(formatEraDate('2019-05-01', 'long')).toBe('令和元年5月1日');
    expect(formatEraDate('2019-05-01', 'year')).toBe('令和元年');
    expect(formatEraDate('2019-12-31', 'long')).toBe('令和元年12月31日');
    expect(formatEraDate('2020-01-01', 'long')).toBe('令和2年1月1日');
  });

  it('switches from 昭和 to 平成 between January 7 and 8, 1989', () => {
    expect(formatEraDate('1989-01-07', 'long')).toBe('昭和64年1月7日');
    expect(formatEraDate('1989-01-08', 'long')).toBe('平成元年1月8日');
    expect(formatEraDate('1989-01-08', 'short')).toBe('H1.1.8');
    expect(formatEraDate('1989-01-07', 'short')).toBe('S64.1.7');
  });

  it('writes old dates in 昭和, 大正 and 明治', () => {
    expect(formatEraDate('1926-12-24', 'long')).toBe('大正15年12月24日');
    expect(formatEraDate('1926-12-25', 'long')).toBe('昭和元年12月25日');
    expect(formatEraDate('1912-07-29', 'long')).toBe('明治45年7月29日');
    expect(formatEraDate('1912-07-30', 'long')).toBe('大正元年7月30日');
    expect(formatEraDate('1912-07-30', 'short')).toBe('T1.7.30');
    expect(formatEraDate('1900-02-28', 'short')).toBe('M33.2.28');
    expect(formatEraDate('1873-01-01', 'long')).toBe('明治6年1月1日');
  });

  it('does not write 元 for years that merely contain a 1 (平成11年, 令和10年)', () => {
    expect(formatEraDate('1999-01-01', 'long')).toBe('平成11年1月1日');
    expect(formatEraDate('2028-01-01', 'year')).toBe('令和10年');
    expect(formatEraDate('1936-01-01', 'year')).toBe('昭和11年');
  });

  it('rejects what is not a calendar day, with a typed error', () => {
    for (const bad of ['2026-02-30', '2026/11/24', '2026-11-24T10:00:00Z', '', '2026-13-01']) {
      expect(() => formatEraDate(bad)).toThrow(DomainError);
    }
    expect(() => formatEraDate('2026-02-30')).toThrow(expect.objectContaining({ code: 'DATE.INVALID' }));
  });

  it('accepts February 29 only in leap years', () => {
    expect(formatEraDate('2024-02-29', 'long')).toBe('令和6年2月29日');
    expect(() => formatEraDate('2025-02-29')).toThrow(expect.objectContaining({ code: 'DATE.INVALID' }));
  });

  it('refuses dates before the Gregorian calendar reached Japan (明治6年)', () => {
    expect(() => formatEraDate('1872-12-31')).toThrow(expect.objectContaining({ code: 'DATE.BEFORE_GREGORIAN' }));
  });
});
