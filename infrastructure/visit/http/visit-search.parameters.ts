import type { QueryParameter } from '../../http/route-definition';
import { visitSearchStatusFilters } from '../../../application/visit/contracts/visit-search-status.contract';
import { MAX_NAME_LENGTH, MAX_SEARCH_DAYS, MAX_SEARCH_LIMIT, MAX_TICKET_NUMBER } from './visit-search-query.parser';

const day = { type: 'string', maxLength: 40, examples: ['2026-11-24'] } as const;

/** GET /api/visits/search: every criterion given must match. */
export const visitSearchParameters: readonly QueryParameter[] = [
  { name: 'from', description: `First day (YYYY-MM-DD, city time zone; default: \`to\`). At most ${MAX_SEARCH_DAYS} days before \`to\``, schema: day },
  { name: 'to', description: 'Last day, included (YYYY-MM-DD, city time zone; default: today)', schema: day },
  { name: 'ticket', description: '受付番号 of the day', schema: { type: 'integer', minimum: 1, maximum: MAX_TICKET_NUMBER } },
  {
    name: 'name',
    description: "Part of a person's name (kanji) or reading (hiragana or katakana, full or half width); spaces are ignored",
    schema: { type: 'string', maxLength: MAX_NAME_LENGTH, examples: ['はなまき'] },
  },
  { name: 'status', description: 'open (waiting or in service), waiting, in_service, closed or cancelled', schema: { type: 'string', enum: [...visitSearchStatusFilters] } },
  { name: 'limit', description: `Visits per page (1-${MAX_SEARCH_LIMIT}, default 50)`, schema: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_LIMIT } },
  { name: 'cursor', description: 'The nextCursor of the page before', schema: { type: 'string', maxLength: 400 } },
];
