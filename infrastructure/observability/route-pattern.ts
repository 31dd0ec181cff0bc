import type { Request } from 'express';

/** The label for a request that no route matched (a 404, a rate-limited login, a malformed body). */
export const UNMATCHED = 'unmatched';

/**
 * The route pattern a request matched (/api/residents/:atenaNumber), never its raw path: paths carry
 * 宛名番号 and ids. Express keeps the matched route on the request once a route has taken it.
 */
export function routePatternOf(req: Request): string {
  const route: unknown = req.route;
  const path = typeof route === 'object' && route !== null ? (route as { path?: unknown }).path : undefined;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : UNMATCHED;
}
