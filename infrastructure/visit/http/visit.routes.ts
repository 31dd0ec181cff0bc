import type { OpenVisitHandler } from '../../../application/visit/open-visit/open-visit.handler';
import type { VisitQueries } from '../../../application/visit/read-models/visit-queries';
import { decodePosition, type Position } from '../../../application/shared/event-store';
import { defineRoute } from '../../http/route-definition';
import { OpenVisitDto } from './open-visit.dto';
import { departmentQueueSchema, visitDetailSchema, visitOpenedSchema } from './visit.schemas';

export interface VisitRouteDependencies {
  readonly openVisit: OpenVisitHandler;
  readonly queries: VisitQueries;
  /** Waits until the read models have applied `position` (read-your-own-writes). */
  readonly waitForReadModels: (position: Position) => Promise<boolean>;
}

/** `?after=<position>` lets a screen wait until its own command shows in the read model. */
async function waitIfAsked(query: unknown, deps: VisitRouteDependencies): Promise<void> {
  const after = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)['after'] : undefined;
  const position = typeof after === 'string' ? decodePosition(after) : undefined;
  if (position) await deps.waitForReadModels(position);
}

export function visitRoutes(deps: VisitRouteDependencies) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/visits',
      summary: '受付: open a visit at a counter of the clerk\'s department',
      tags: ['visit'],
      access: 'session',
      body: OpenVisitDto,
      responses: {
        201: { description: 'Visit opened; Location names it', schema: visitOpenedSchema },
        400: { description: 'Invalid body' },
        401: { description: 'No session' },
        403: { description: 'Counter of another department, or CSRF token missing' },
        404: { description: 'Unknown counter' },
      },
      handle: async ({ body, staff, metadata }) => {
        const opened = await deps.openVisit.execute({ counterId: body.counterId }, staff, metadata);
        return { status: 201, body: opened, headers: { Location: `/api/visits/${opened.id}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id',
      summary: 'One visit (add ?after=<position> to wait for your own write)',
      tags: ['visit'],
      access: 'session',
      responses: {
        200: { description: 'The visit', schema: visitDetailSchema },
        401: { description: 'No session' },
        404: { description: 'No such visit (or not visible to this clerk)' },
      },
      handle: async ({ req, params, staff }) => {
        await waitIfAsked(req.query, deps);
        const visit = deps.queries.visit(params['id'] ?? '', staff);
        return { status: 200, body: visit, headers: { ETag: `"${visit.revision}"` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/departments/:departmentId/queue',
      summary: 'The queue of open visits of a department (add ?after=<position> to wait for your own write)',
      tags: ['visit'],
      access: 'session',
      responses: {
        200: { description: 'The queue', schema: departmentQueueSchema },
        401: { description: 'No session' },
        403: { description: 'Department not visible to this clerk' },
        404: { description: 'Unknown department' },
      },
      handle: async ({ req, params, staff }) => {
        await waitIfAsked(req.query, deps);
        return { status: 200, body: deps.queries.departmentQueue(params['departmentId'] ?? '', staff) };
      },
    }),
  ];
}
