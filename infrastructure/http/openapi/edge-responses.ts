import type { AnyRouteDefinition } from '../route-definition';

type Responses = AnyRouteDefinition['responses'];

const unsafeMethods: ReadonlySet<AnyRouteDefinition['method']> = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The answers the edge gives on every route, before or around its handler, so that no route needs to
 * repeat them and none is left out of the document: a malformed URL, cookie or body (400, the request
 * target and JSON body middlewares), no session on a staff route (401, mount-routes), no CSRF token on
 * an unsafe staff route (403), a body too large or not UTF-8 JSON (413, 415), an unreachable event store
 * on a command (503) and an unexpected error (500, problem-details middleware). A route's own
 * description of one of these statuses wins.
 */
export function edgeResponses(route: AnyRouteDefinition): Responses {
  const staff = route.policy.audience === 'staff';
  const unsafe = unsafeMethods.has(route.method);
  const responses: Record<number, Responses[number]> = { 400: { description: 'Malformed request: URL escapes, cookie or JSON body' } };
  if (staff) responses[401] = { description: 'No session, or it has expired' };
  if (staff && unsafe) responses[403] = { description: 'Missing or stale X-CSRF-Token, or not allowed' };
  if (unsafe) {
    responses[413] = { description: 'Body larger than 1 MB' };
    responses[415] = { description: 'Body not UTF-8 JSON (Content-Type, charset or compression)' };
  }
  responses[500] = { description: 'Unexpected error; nothing was recorded' };
  if (staff && unsafe) responses[503] = { description: 'The event store is unreachable; nothing was recorded' };
  return responses;
}

/** The route's own responses and the edge's, by status in ascending order. */
export function responsesOf(route: AnyRouteDefinition): Responses {
  const all: Record<number, Responses[number]> = { ...edgeResponses(route), ...route.responses };
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => Number(a) - Number(b)));
}
