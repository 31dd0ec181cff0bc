import { decodePosition, type Position } from '../../../application/shared/event-store';
import type { BoardsQuery } from '../../../application/visit/read-models/boards.query';
import type { DepartmentQueueQuery } from '../../../application/visit/read-models/department-queue.query';
import type { VisitTimelineQuery } from '../../../application/visit/read-models/visit-timeline.query';
import type { VisitWorkspaceQuery } from '../../../application/visit/read-models/visit-workspace.query';
import { type AnyRouteDefinition, defineRoute } from '../../http/route-definition';
import { departmentBoardSchema, departmentQueueSchema, supervisorBoardSchema, timelineSchema, visitWorkspaceSchema } from './visit.schemas';
import { visitPolicies } from '../../../application/visit/visit.policies';

export interface VisitViewRouteDependencies {
  readonly workspace: VisitWorkspaceQuery;
  readonly timeline: VisitTimelineQuery;
  readonly queue: DepartmentQueueQuery;
  readonly boards: BoardsQuery;
  /** Waits until the read models have applied `position` (read-your-own-writes). */
  readonly waitForReadModels: (position: Position) => Promise<boolean>;
}

const readErrors = { 401: { description: 'No session' }, 403: { description: 'Not visible to this clerk' }, 404: { description: 'Not found' } } as const;

export function visitViewRoutes(deps: VisitViewRouteDependencies): AnyRouteDefinition[] {
  /** `?after=<position>` lets a screen wait until its own command shows in the read model. */
  const waitIfAsked = async (query: unknown) => {
    const after = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)['after'] : undefined;
    const position = typeof after === 'string' ? decodePosition(after) : undefined;
    if (position) await deps.waitForReadModels(position);
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/visits/:id',
      summary: 'The visit workspace: persons, life events, interview, checklist with reasons and owners (?after=<position> waits for your write)',
      tags: ['visit'],
      policy: visitPolicies.viewWorkspace,
      responses: { 200: { description: 'The visit; ETag is its revision', schema: visitWorkspaceSchema }, ...readErrors },
      handle: async ({ req, params, staff, metadata }) => {
        await waitIfAsked(req.query);
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
      responses: { 200: { description: 'The timeline', schema: timelineSchema }, ...readErrors },
      handle: async ({ req, params }) => {
        await waitIfAsked(req.query);
        return { status: 200, body: deps.timeline.timeline(params['id'] ?? '') };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/departments/:departmentId/queue',
      summary: 'The visits now at a department (?after=<position> waits for your write)',
      tags: ['visit'],
      policy: visitPolicies.viewDepartmentQueue,
      responses: { 200: { description: 'The queue', schema: departmentQueueSchema }, ...readErrors },
      handle: async ({ req, params }) => {
        await waitIfAsked(req.query);
        return { status: 200, body: deps.queue.queue(params['departmentId'] ?? '') };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/departments/:departmentId/board',
      summary: 'Open visits with procedures this department owns, wherever the resident is now',
      tags: ['visit'],
      policy: visitPolicies.viewDepartmentBoard,
      responses: { 200: { description: 'The department board', schema: departmentBoardSchema }, ...readErrors },
      handle: async ({ req, params }) => {
        await waitIfAsked(req.query);
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
