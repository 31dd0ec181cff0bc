import type { BoardsQuery } from '../../../application/visit/read-models/boards.query';
import type { DepartmentQueueQuery } from '../../../application/visit/read-models/department-queue.query';
import type { VisitTimelineQuery } from '../../../application/visit/read-models/visit-timeline.query';
import type { VisitWorkspaceQuery } from '../../../application/visit/read-models/visit-workspace.query';
import { afterQueryParameter, type ReadAfter, readAfterResponses } from '../../http/read-after';
import { type AnyRouteDefinition, defineRoute } from '../../http/route-definition';
import { departmentBoardSchema, departmentQueueSchema, supervisorBoardSchema, timelineSchema, visitWorkspaceSchema } from './visit.schemas';
import { visitPolicies } from '../../../application/visit/visit.policies';

export interface VisitViewRouteDependencies {
  readonly workspace: VisitWorkspaceQuery;
  readonly timeline: VisitTimelineQuery;
  readonly queue: DepartmentQueueQuery;
  readonly boards: BoardsQuery;
  /** `?after=<position>`: waits until the read models include the caller's own write (read-your-own-writes). */
  readonly readAfter: ReadAfter;
}

const readErrors = { 401: { description: 'No session' }, 403: { description: 'Not visible to this clerk' }, 404: { description: 'Not found' } } as const;
const afterErrors = { ...readErrors, ...readAfterResponses } as const;
const query = [afterQueryParameter];

export function visitViewRoutes(deps: VisitViewRouteDependencies): AnyRouteDefinition[] {
  return [
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
