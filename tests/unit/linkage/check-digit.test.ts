import { hasValidCheckDigit, isValidAtenaNumber, isValidHouseholdNumber, modulus11CheckDigit, withCheckDigit } from '../../../domain/linkage';

describe('modulus-11 check digit of 宛名番号 and 世帯番号 (weights 2..7 from the right)', () => {
  it('agrees with published 個人番号 examples, which use the same weights and rule', () => {
    // 123456789018 and 983205673214 are commonly published valid test numbers (総務省令第85号 第5条).
    expect(modulus11CheckDigit('12345678901')).toBe(8);
    expect(modulus11CheckDigit('98320567321')).toBe(4);
    expect(hasValidCheckDigit('123456789018')).toBe(true);
  });

  it('weights the rightmost digit 2 and cycles back to 2 after 7', () => {
    expect(modulus11CheckDigit('1')).toBe(9); // 1x2 = 2 -> 11 - 2
    expect(modulus11CheckDigit('100000')).toBe(4); // 1x7 = 7 -> 11 - 7
    expect(modulus11CheckDigit('1000000')).toBe(9); // the seventh digit from the right weighs 2 again
    expect(modulus11CheckDigit('21')).toBe(3); // 1x2 + 2x3 = 8 -> 11 - 8
  });

  it('gives 0 when the remainder is 0 or 1 (11 and 10 do not fit in one digit)', () => {
    expect(modulus11CheckDigit('0')).toBe(0); // remainder 0
    expect(modulus11CheckDigit('6')).toBe(0); // 12 -> remainder 1
    expect(modulus11CheckDigit('5')).toBe(1); // 10 -> remainder 10 -> 1
  });

  it('appends the digit, and accepts only numbers whose last digit matches', () => {
    const atena = withCheckDigit('100000101');
    expect(atena).toBe('1000001011');
    expect(isValidAtenaNumber(atena)).toBe(true);
    expect(isValidHouseholdNumber(withCheckDigit('200000101'))).toBe(true);
  });

  it('catches a mistyped digit, and nearly every swap of neighbouring digits', () => {
    expect(isValidAtenaNumber('1000001021')).toBe(false);
    expect(isValidAtenaNumber('1000010011')).toBe(false);
    let swaps = 0;
    let caught = 0;
    for (let base = 100_000_000; base < 100_002_000; base += 1) {
      const number = withCheckDigit(String(base));
      if (number[7] === number[8]) continue;
      swaps += 1;
      if (!isValidAtenaNumber(number.slice(0, 7) + number[8] + number[7] + number[9])) caught += 1;
    }
    // Remainders 0 and 1 share the digit 0, so a few swaps that move the sum between them pass.
    expect(caught / swaps).toBeGreaterThan(0.9);
    expect(caught).toBeLessThan(swaps);
  });

  it('refuses what is not a plain number of 2 to 16 half-width digits', () => {
    for (const value of ['', '7', '１０００００１０１１', '100000101-1', '10000010１1', '12345678901234567']) expect(isValidAtenaNumber(value)).toBe(false);
    expect(() => modulus11CheckDigit('12a')).toThrow(RangeError);
  });
});
