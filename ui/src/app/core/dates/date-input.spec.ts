import { formatJapaneseDate } from './japanese-date';
import { parseDateInput } from './date-input';

describe('parseDateInput', () => {
  it.each([
    ['1980-04-01', '1980-04-01'],
    ['1980/4/1', '1980-04-01'],
    ['19800401', '1980-04-01'],
    ['１９８０年４月１日', '1980-04-01'],
    ['昭和55年4月1日', '1980-04-01'],
    ['S55.4.1', '1980-04-01'],
    ['s55/4/1', '1980-04-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['H31.4.30', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R5.2.10', '2023-02-10'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });

  it.each(['', '1980-02-30', '昭和64年1月8日', '平成31年5月1日', '令和0年1月1日', 'X55.4.1', 'きのう'])('refuses %s', (input) => {
    expect(parseDateInput(input)).toBeNull();
  });

  it('round-trips with the era display', () => {
    expect(formatJapaneseDate(parseDateInput('S55.4.1'))).toBe('昭和55年4月1日');
  });
});
