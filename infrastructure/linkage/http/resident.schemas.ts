import { responseSchema } from '../../http/openapi/response-schemas';
import type { JsonSchema, QueryParameter } from '../../http/route-definition';
import { MAX_RESULT_LIMIT } from './resident-query.parser';

/** The resident routes' answers (the types in application/linkage/resident-register/resident.dto.ts) and the search's query. */

export const residentSearchResultSchema: JsonSchema = responseSchema('ResidentSearchResultDto');

export const residentDetailSchema: JsonSchema = responseSchema('ResidentDetailDto');

const criterion = { type: 'string', maxLength: 100 } as const;

/** GET /api/residents: every criterion given must match; at least one of name, kana, birthDate, address, atena. */
export const residentSearchParameters: readonly QueryParameter[] = [
  { name: 'name', description: '氏名 (kanji) or part of it; spaces are ignored', schema: { ...criterion, examples: ['菊池'] } },
  { name: 'kana', description: 'フリガナ in hiragana or katakana, or part of it; spaces are ignored', schema: { ...criterion, examples: ['キクチ'] } },
  {
    name: 'birthDate',
    description: '生年月日 (Gregorian): 1989-01-08, 1989/1/8 or 19890108, full-width digits too; it must be a real day',
    schema: { ...criterion, examples: ['1989-01-08'] },
  },
  { name: 'address', description: 'Part of the address (town, banchi, katagaki); digits full- or half-width', schema: { ...criterion, examples: ['花城町'] } },
  { name: 'atena', description: '宛名番号 (digits with its check digit; full-width digits and hyphens are read)', schema: { ...criterion, examples: ['1000001011'] } },
  { name: 'limit', description: `How many results at most (1-${MAX_RESULT_LIMIT}; without it the register's default, 50 in the simulated register)`, schema: { type: 'integer', minimum: 1, maximum: MAX_RESULT_LIMIT } },
];
