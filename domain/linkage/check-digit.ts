/**
 * 検査数字 (check digit) of the register's numbers: 宛名番号 (atena number) and 世帯番号 (household number).
 *
 * Rule: modulus 11, weights 2, 3, 4, 5, 6, 7 cycling from the rightmost digit of the base number;
 * check digit = 11 - (sum mod 11), where remainders 0 and 1 (results 11 and 10, which do not fit in one
 * digit) give 0. This is the rule the national numbers use (個人番号: 総務省令第85号 第5条, "余り≦1の場合は0";
 * 住民票コード likewise), and the usual choice of municipal systems for their own numbers. The length of
 * a 宛名番号 is each municipality's choice; the check accepts any length from 2 to 16 digits.
 */

const weights = [2, 3, 4, 5, 6, 7] as const;
const numberPattern = /^\d{2,16}$/;

/** The check digit of a base number (digits only, without the check digit). */
export function modulus11CheckDigit(base: string): number {
  if (!/^\d+$/.test(base)) throw new RangeError(`A check digit needs a base of digits only, got "${base}"`);
  let sum = 0;
  for (let i = 0; i < base.length; i += 1) {
    const digit = base.charCodeAt(base.length - 1 - i) - 48;
    sum += digit * weights[i % weights.length]!;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** The base number followed by its check digit. */
export function withCheckDigit(base: string): string {
  return `${base}${modulus11CheckDigit(base)}`;
}

/** Whether a number (half-width digits, check digit last) carries the right check digit. */
export function hasValidCheckDigit(value: string): boolean {
  if (!numberPattern.test(value)) return false;
  return modulus11CheckDigit(value.slice(0, -1)) === Number(value.slice(-1));
}

/** 宛名番号: half-width digits ending in a valid modulus-11 check digit. */
export function isValidAtenaNumber(value: string): boolean {
  return hasValidCheckDigit(value);
}

/** 世帯番号: the same rule as the 宛名番号. */
export function isValidHouseholdNumber(value: string): boolean {
  return hasValidCheckDigit(value);
}
