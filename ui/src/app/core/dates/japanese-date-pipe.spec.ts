import { JapaneseDatePipe } from './japanese-date-pipe';

describe('JapaneseDatePipe', () => {
  const pipe = new JapaneseDatePipe();

  it('writes a date in the Japanese era, in Japan time', () => {
    expect(pipe.transform('2026-11-24T00:05:00Z')).toBe('令和8年11月24日');
    // 23:30 UTC is already the next day in Japan.
    expect(pipe.transform('2026-11-23T23:30:00Z')).toBe('令和8年11月24日');
  });

  it('writes the time of day as hour:minute', () => {
    expect(pipe.transform('2026-11-24T00:05:00Z', 'time')).toBe('9:05');
    expect(pipe.transform('2026-11-24T14:30:00+09:00', 'time')).toBe('14:30');
  });

  it('puts date and time together', () => {
    expect(pipe.transform('2026-11-24T09:05:00+09:00', 'datetime')).toBe('令和8年11月24日 9:05');
  });

  it('ends Heisei on 2019-04-30 and starts Reiwa with its first year written 元年', () => {
    expect(pipe.transform('2019-04-30T23:59:00+09:00')).toBe('平成31年4月30日');
    expect(pipe.transform('2019-05-01T00:00:00+09:00')).toBe('令和元年5月1日');
    expect(pipe.transform('2020-05-01T00:00:00+09:00')).toBe('令和2年5月1日');
  });

  it('writes the first year of Heisei as 元年 too', () => {
    expect(pipe.transform('1989-01-08T12:00:00+09:00')).toBe('平成元年1月8日');
  });

  it('shows nothing for a missing or unreadable date', () => {
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined, 'time')).toBe('');
    expect(pipe.transform('not a date')).toBe('');
  });
});
