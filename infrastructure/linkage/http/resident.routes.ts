import type { ResidentRegister } from '../../../application/linkage/resident-register/resident-register.port';
import type { ResidentDetailDto, ResidentSearchResultDto } from '../../../application/linkage/resident-register/resident.dto';
import { HttpProblem } from '../../http/http-problem';
import { defineRoute } from '../../http/route-definition';
import { parseAtenaNumber, parseResidentQuery } from './resident-query.parser';
import { toResidentSummary } from './resident-summary.mapper';
import { residentDetailSchema, residentSearchParameters, residentSearchResultSchema } from './resident.schemas';
import { linkagePolicies } from '../../../application/linkage/linkage.policies';

export interface ResidentRouteDependencies {
  readonly register: ResidentRegister;
}

/** Unknown and suppressed (抑止) get this same answer, so that an answer never tells whether someone exists. */
const notFound = () => new HttpProblem(404, 'RESIDENT.NOT_FOUND', '指定された宛名番号の住民は見つかりません。');

/** Personal data: no browser or proxy may keep a copy. */
const noStore = { 'Cache-Control': 'no-store' } as const;

export function residentRoutes(deps: ResidentRouteDependencies) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/residents',
      summary:
        '住民検索: search the resident register by ?name= (kanji, partial), ?kana= (hiragana or katakana, partial), ' +
        '?birthDate= (YYYY-MM-DD), ?address= (partial) and ?atena= (宛名番号), all given criteria together; ?limit= (1-200, default 50)',
      tags: ['linkage'],
      policy: linkagePolicies.searchResidents,
      query: residentSearchParameters,
      responses: {
        200: { description: 'Matching residents, best matches first, without insurance details', schema: residentSearchResultSchema },
        400: { description: 'No criterion, or a malformed one (birth date, 宛名番号, limit)' },
        401: { description: 'No session' },
        403: { description: 'Auditors may not search the register' },
      },
      handle: async ({ req }) => {
        const query = parseResidentQuery(req.query);
        const records = await deps.register.search(query);
        const body: ResidentSearchResultDto = { source: deps.register.sourceName, results: records.map(toResidentSummary) };
        return { status: 200, body, headers: noStore };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/residents/:atenaNumber',
      summary: '住民記録: one resident\'s full record and the current members of the household',
      tags: ['linkage'],
      policy: linkagePolicies.viewResident,
      responses: {
        200: { description: 'The record and its household (head first)', schema: residentDetailSchema },
        400: { description: 'Not a 宛名番号 (digits with a valid check digit)' },
        401: { description: 'No session' },
        403: { description: 'Auditors may not look up residents' },
        404: { description: 'No such resident (the same answer for a record under 抑止)' },
      },
      handle: async ({ params }) => {
        const atenaNumber = parseAtenaNumber(params['atenaNumber'] ?? '', 'atenaNumber');
        const resident = await deps.register.byAtenaNumber(atenaNumber);
        if (!resident || resident.suppressed) throw notFound();
        const members = await deps.register.household(resident.householdNumber);
        const body: ResidentDetailDto = { source: deps.register.sourceName, resident, household: members.map(toResidentSummary) };
        return { status: 200, body, headers: noStore };
      },
    }),
  ];
}
