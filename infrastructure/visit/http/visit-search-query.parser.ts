import type { VisitSearchCriteria } from '../../../application/visit/read-models/visit-search.query';
import { decodeVisitSearchCursor } from '../../../application/visit/read-models/visit-search.cursor';
import {
  type VisitSearchStatusFilter,
  visitSearchStatusFilters,
  visitSearchStatusLabels,
} from '../../../application/visit/contracts/visit-search-status.contract';
import { removeSpaces, toHalfWidthAlphanumeric } from '../../../domain/linkage';
import { isCalendarDate } from '../../http/edge/calendar-date';
import { HttpProblem, type ProblemDetails } from '../../http/http-problem';

/** Reads and checks the query string of GET /api/visits/search; every refusal is one 400 listing each problem, in Japanese. */

export const MAX_SEARCH_LIMIT = 100;
export const DEFAULT_SEARCH_LIMIT = 50;
/** The longest period one search covers (a year, leap day included): bounds what one request reads. */
export const MAX_SEARCH_DAYS = 366;
export const MAX_NAME_LENGTH = 100;
export const MAX_TICKET_NUMBER = 99_999;

const labels = { from: '開始日', to: '終了日', ticket: '受付番号', name: '氏名', status: '状態', limit: '件数', cursor: '続きの位置' } as const;
type Parameter = keyof typeof labels;
type FieldProblem = NonNullable<ProblemDetails['errors']>[number];

const statusChoices = visitSearchStatusFilters.map((s) => `${visitSearchStatusLabels[s]}（${s}）`).join('・');

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `today` is the city's day now (YYYY-MM-DD): the period's default, both ends. */
export function parseVisitSearchQuery(rawQuery: unknown, today: string): VisitSearchCriteria {
  const query = typeof rawQuery === 'object' && rawQuery !== null ? (rawQuery as Record<string, unknown>) : {};
  const problems: FieldProblem[] = [];
  const fail = (field: Parameter, message: string) => void problems.push({ field, message: `${labels[field]}: ${message}` });

  const single = (parameter: Parameter): string | undefined => {
    const value = query[parameter];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return void fail(parameter, '1つだけ指定してください。');
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const day = (parameter: 'from' | 'to'): string | undefined => {
    const text = single(parameter);
    if (text === undefined) return undefined;
    const plain = removeSpaces(toHalfWidthAlphanumeric(text));
    if (isCalendarDate(plain)) return plain;
    return void fail(parameter, '実在する日付を「2026-11-24」のように西暦で指定してください。');
  };
  const integer = (parameter: 'ticket' | 'limit', max: number): number | undefined => {
    const text = single(parameter);
    if (text === undefined) return undefined;
    const plain = removeSpaces(toHalfWidthAlphanumeric(text));
    const number = /^\d{1,6}$/.test(plain) ? Number(plain) : NaN;
    if (Number.isInteger(number) && number >= 1 && number <= max) return number;
    return void fail(parameter, `1から${max}までの数で指定してください。`);
  };

  const fromAsked = day('from');
  const toAsked = day('to');
  const to = toAsked ?? today;
  const from = fromAsked ?? to;
  if (fromAsked !== undefined) {
    if (from > to) fail('from', '終了日（指定がなければ今日）より後の日付は指定できません。');
    else if (daysBetween(from, to) >= MAX_SEARCH_DAYS) fail('from', `一度に検索できる期間は${MAX_SEARCH_DAYS}日までです。`);
  }

  const ticketNumber = integer('ticket', MAX_TICKET_NUMBER);
  const limit = integer('limit', MAX_SEARCH_LIMIT) ?? DEFAULT_SEARCH_LIMIT;

  const nameText = single('name');
  if (nameText !== undefined && [...nameText].length > MAX_NAME_LENGTH) fail('name', `${MAX_NAME_LENGTH}文字までで指定してください。`);
  const name = nameText !== undefined && removeSpaces(nameText) !== '' ? nameText : undefined;

  const statusText = single('status');
  const status = statusText === undefined ? undefined : (visitSearchStatusFilters as readonly string[]).includes(statusText) ? (statusText as VisitSearchStatusFilter) : undefined;
  if (statusText !== undefined && status === undefined) fail('status', `${statusChoices}のいずれかを指定してください。`);

  const cursorText = single('cursor');
  const cursor = cursorText === undefined ? undefined : decodeVisitSearchCursor(cursorText);
  if (cursorText !== undefined && cursor === undefined) fail('cursor', '形式が正しくありません。検索結果の nextCursor をそのまま指定してください。');

  if (problems.length > 0) {
    throw new HttpProblem(400, 'VISIT.INVALID_SEARCH', `検索条件に誤りがあります。${problems.map((p) => p.message).join(' ')}`, problems);
  }
  return {
    from,
    to,
    limit,
    ...(ticketNumber !== undefined ? { ticketNumber } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(cursor !== undefined ? { cursor } : {}),
  };
}
