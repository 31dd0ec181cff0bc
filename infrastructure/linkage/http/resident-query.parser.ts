import type { ResidentSearchQuery } from '../../../application/linkage/resident-register/resident-record';
import { digitsMatchKey, isValidAtenaNumber, removeSpaces, toHalfWidthAlphanumeric } from '../../../domain/linkage';
import { HttpProblem } from '../../http/http-problem';
import { isCalendarDate } from '../../http/edge/calendar-date';

/** Reads and checks the query string of GET /api/residents; every refusal is a 400 problem in Japanese. */

const MAX_CRITERION_LENGTH = 100;
export const MAX_RESULT_LIMIT = 200;

const labels = { name: '氏名', kana: 'フリガナ', birthDate: '生年月日', address: '住所', atena: '宛名番号', limit: '件数' } as const;
type Parameter = keyof typeof labels;

function single(query: Record<string, unknown>, parameter: Parameter): string | undefined {
  const value = query[parameter];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new HttpProblem(400, 'RESIDENT.INVALID_QUERY', `検索条件「${labels[parameter]}」は1つだけ指定してください。`, [
      { field: parameter, message: '1つだけ指定してください。' },
    ]);
  }
  const trimmed = value.trim();
  if (trimmed.length > MAX_CRITERION_LENGTH) {
    throw new HttpProblem(400, 'RESIDENT.INVALID_QUERY', `検索条件「${labels[parameter]}」が長すぎます（${MAX_CRITERION_LENGTH}文字まで）。`, [
      { field: parameter, message: `${MAX_CRITERION_LENGTH}文字までです。` },
    ]);
  }
  return trimmed.length > 0 ? trimmed : undefined;
}

/** 1989-01-08, 1989/1/8, 19890108, full-width digits: an ISO date of a real day, or a 400. */
export function parseBirthDate(text: string): string {
  const plain = removeSpaces(toHalfWidthAlphanumeric(text));
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(plain) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
  const iso = match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : '';
  const real = iso !== '' && isCalendarDate(iso);
  if (!match || !real) {
    throw new HttpProblem(400, 'RESIDENT.INVALID_BIRTH_DATE', '生年月日は西暦で「1989-01-08」のように入力してください。', [
      { field: 'birthDate', message: '西暦の年月日で入力してください。' },
    ]);
  }
  return iso;
}

/** A 宛名番号 as typed (full-width digits, hyphens) as digits with a valid check digit, or a 400. */
export function parseAtenaNumber(text: string, field = 'atena'): string {
  const digits = digitsMatchKey(text);
  if (!isValidAtenaNumber(digits)) {
    throw new HttpProblem(400, 'RESIDENT.INVALID_ATENA_NUMBER', '宛名番号が正しくありません（数字と検査数字を確かめてください）。', [
      { field, message: '数字と末尾の検査数字を確かめてください。' },
    ]);
  }
  return digits;
}

export function parseResidentQuery(rawQuery: unknown): ResidentSearchQuery {
  const query = typeof rawQuery === 'object' && rawQuery !== null ? (rawQuery as Record<string, unknown>) : {};
  const name = single(query, 'name');
  const kana = single(query, 'kana');
  const birthDate = single(query, 'birthDate');
  const address = single(query, 'address');
  const atena = single(query, 'atena');
  const limit = single(query, 'limit');
  if (!name && !kana && !birthDate && !address && !atena) {
    throw new HttpProblem(400, 'RESIDENT.SEARCH_CRITERIA_REQUIRED', '検索条件を入力してください（氏名・フリガナ・生年月日・住所・宛名番号のいずれか）。');
  }
  const limitNumber = limit === undefined ? undefined : Number(toHalfWidthAlphanumeric(limit));
  if (limitNumber !== undefined && !(Number.isInteger(limitNumber) && limitNumber >= 1 && limitNumber <= MAX_RESULT_LIMIT)) {
    throw new HttpProblem(400, 'RESIDENT.INVALID_QUERY', `件数は1から${MAX_RESULT_LIMIT}までの数で指定してください。`, [{ field: 'limit', message: `1から${MAX_RESULT_LIMIT}までです。` }]);
  }
  return {
    ...(name ? { name } : {}),
    ...(kana ? { kana } : {}),
    ...(birthDate ? { birthDate: parseBirthDate(birthDate) } : {}),
    ...(address ? { address } : {}),
    ...(atena ? { atenaNumber: parseAtenaNumber(atena) } : {}),
    ...(limitNumber !== undefined ? { limit: limitNumber } : {}),
  };
}
