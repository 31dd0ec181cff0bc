import type { BoardsQuery } from '../../../application/visit/read-models/boards.query';
import type { VisitGuideQuery } from '../../../application/visit/read-models/visit-guide.query';
import type { DepartmentQueueQuery } from '../../../application/visit/read-models/department-queue.query';
import type { VisitSearchQuery } from '../../../application/visit/read-models/visit-search.query';
import type { VisitTimelineQuery } from '../../../application/visit/read-models/visit-timeline.query';
import type { VisitWorkspaceQuery } from '../../../application/visit/read-models/visit-workspace.query';
import { afterQueryParameter, type ReadAfter, readAfterResponses } from '../../http/read-after';
import { type AnyRouteDefinition, defineRoute } from '../../http/route-definition';
import {
  departmentBoardSchema,
  departmentQueueSchema,
  supervisorBoardSchema,
  timelineSchema,
  visitGuideSchema,
  visitSearchSchema,
  visitWorkspaceSchema,
} from './visit.schemas';
import { parseVisitSearchQuery } from './visit-search-query.parser';
import { visitSearchParameters } from './visit-search.parameters';
import { visitPolicies } from '../../../application/visit/visit.policies';

export interface VisitViewRouteDependencies {
  readonly workspace: VisitWorkspaceQuery;
  readonly timeline: VisitTimelineQuery;
  readonly guide: VisitGuideQuery;
  readonly queue: DepartmentQueueQuery;
  readonly boards: BoardsQuery;
  readonly search: VisitSearchQuery;
  /** `?after=<position>`: waits until the read models include the caller's own write (read-your-own-writes). */
  readonly readAfter: ReadAfter;
}

const readErrors = { 401: { description: 'No session' }, 403: { description: 'Not visible to this clerk' }, 404: { description: 'Not found' } } as const;
const afterErrors = { ...readErrors, ...readAfterResponses } as const;
const query = [afterQueryParameter];

export function visitViewRoutes(deps: VisitViewRouteDependencies): AnyRouteDefinition[] {
  return [
    // Before /api/visits/:id, which would otherwise take "search" for a visit id.
    defineRoute({
      method: 'get',
      path: '/api/visits/search',
      summary:
        '来庁記録の検索: visits opened from ?from= to ?to= (YYYY-MM-DD, city time zone, default today, at most 366 days), open or ended, ' +
        'by ?ticket=, ?name= (name or reading, partial; full or half width, hiragana or katakana) and ?status=; newest first, ' +
        `?limit= per page (1-100, default 50), ?cursor= for the next page. A clerk finds only visits one of their departments took part in`,
      tags: ['visit'],
      policy: visitPolicies.search,
      query: [...visitSearchParameters, afterQueryParameter],
      responses: {
        ...afterErrors,
        200: { description: 'One page of the visits found, newest first', schema: visitSearchSchema },
        400: { description: 'A malformed criterion (day, period, ticket, status, limit, cursor) or after position' },
      },
      handle: async ({ req, res, visitList, metadata }) => {
        const criteria = parseVisitSearchQuery(req.query, deps.search.localDay(metadata.now));
        await deps.readAfter(req.query, res);
        return { status: 200, body: deps.search.search(criteria, visitList), headers: { 'Cache-Control': 'no-store' } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id',
      summary: 'The visit workspace: persons, life events, interview, checklist with reasons and owners',
      tags: ['visit'],
      policy: visitPolicies.viewWorkspace,
      query,
      responses: { 200: { description: 'The visit; ETag is its revision', schema: visitWorkspaceSchema }, ...afterErrors },
      handle: async ({ req, res, params, staff, metadata }) => {
        await deps.readAfter(req.query, res);
        const visit = deps.workspace.workspace(params['id'] ?? '', staff, metadata.now);
        return { status: 200, body: visit, headers: { ETag: `"${visit.revision}"` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id/guide',
      summary:
        "The resident's guide (受付案内票): remaining, done and not needed procedures with the names of those concerned, " +
        "deadlines computed into days (from the life event's day the visit knows, else the visit's day; past closed days), " +
        'and each department’s place and phone number',
      tags: ['visit'],
      // The guide shows part of what the workspace shows: whoever may see the visit may print it.
      policy: visitPolicies.viewWorkspace,
      query,
      responses: { 200: { description: 'The guide', schema: visitGuideSchema }, ...afterErrors },
      handle: async ({ req, res, params, metadata }) => {
        await deps.readAfter(req.query, res);
        return { status: 200, body: deps.guide.guide(params['id'] ?? '', metadata.now), headers: { 'Cache-Control': 'no-store' } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id/timeline',
      summary: "A visit's timeline in plain Japanese: who did what, when",
      tags: ['visit'],
      policy: visitPolicies.viewTimeline,
      query,
      responses: { 200: { description: 'The timeline', schema: timelineSchema }, ...afterErrors },
      handle: async ({ req, res, params }) => {
        await deps.readAfter(req.query, res);
        return { status: 200, body: deps.timeline.timeline(params['id'] ?? '') };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/departments/:departmentId/queue',
      summary: 'The visits now at a department',
      tags: ['visit'],
      policy: visitPolicies.viewDepartmentQueue,
      query,
      responses: { 200: { description: 'The queue', schema: departmentQueueSchema }, ...afterErrors },
      handle: async ({ req, res, params }) => {
        await deps.readAfter(req.query, res);
        return { status: 200, body: deps.queue.queue(params['departmentId'] ?? '') };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/departments/:departmentId/board',
      summary: 'Open visits with procedures this department owns, wherever the resident is now',
      tags: ['visit'],
      policy: visitPolicies.viewDepartmentBoard,
      query,
      responses: { 200: { description: 'The department board', schema: departmentBoardSchema }, ...afterErrors },
      handle: async ({ req, res, params }) => {
        await deps.readAfter(req.query, res);
        return { status: 200, body: deps.boards.departmentBoard(params['departmentId'] ?? '') };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/supervisor/board',
      summary: 'Every counter: who waits, for how long, who is being served, open procedures (supervisors, auditors, admins)',
      tags: ['visit'],
      policy: visitPolicies.viewSupervisorBoard,
      responses: { 200: { description: 'The live board', schema: supervisorBoardSchema }, ...readErrors },
      handle: ({ metadata }) => ({ status: 200, body: deps.boards.supervisorBoard(metadata.now) }),
    }),
  ];
}
