import { type NextFunction, type Request, type Response, Router } from 'express';
import type { AuthenticatedStaff } from '../../application/identity/authenticated-staff';
import type { AccessGuard, AccessTarget } from '../../application/shared/access';
import type { Clock } from '../../application/shared/ports';
import { correlationIdOf } from './correlation-id';
import { apiBodyLimits, discardBody, largestBodyBytes, readJsonBody } from './edge/json-body.middleware';
import { HttpProblem } from './http-problem';
import type { AnyRouteDefinition, RouteContext } from './route-definition';
import type { SessionCodec, SessionPayload } from './session/session-codec';
import { readCookie, SESSION_COOKIE } from './session/session-cookie';
import { validateBody } from './validate-body';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RouteMountDependencies {
  readonly sessions: SessionCodec;
  /** The account behind a session, or undefined when it no longer exists or its sessions were ended after this one was issued. */
  readonly resolveStaff: (session: SessionPayload) => AuthenticatedStaff | undefined;
  readonly clock: Clock;
  /** Enforces every route's declared policy. */
  readonly guard: AccessGuard;
}

/** Mounts route definitions on a router: session, CSRF and policy checks, body validation, result writing. */
export function mountRoutes(routes: readonly AnyRouteDefinition[], deps: RouteMountDependencies): Router {
  const router = Router();
  for (const route of routes) {
    assertScopeParam(route);
    router[route.method](route.path, (req: Request, res: Response, next: NextFunction) => {
      serve(route, req, res, deps).catch(next);
    });
  }
  return router;
}

/** The path parameter a scoped policy reads, checked once at mount so that a typo fails at start. */
export function scopeParamOf(route: AnyRouteDefinition): string | undefined {
  // A list of visits (`visits`) names no one visit or department: the guard hands it a VisitListAccess instead.
  if (route.policy.audience === 'public' || route.policy.scope === 'none' || route.policy.scope === 'visits') return undefined;
  return route.scopeParam ?? (route.policy.scope === 'visit' ? 'id' : 'departmentId');
}

function assertScopeParam(route: AnyRouteDefinition): void {
  const param = scopeParamOf(route);
  if (param !== undefined && !route.path.split('/').includes(`:${param}`)) {
    throw new Error(`route ${route.method.toUpperCase()} ${route.path}: policy ${route.policy.useCase} is scoped by :${param}, which the path lacks`);
  }
}

function authenticate(req: Request, deps: RouteMountDependencies): { session: SessionPayload; staff: AuthenticatedStaff } {
  const session = deps.sessions.read(readCookie(req, SESSION_COOKIE), Date.parse(deps.clock.now()));
  const staff = session && deps.resolveStaff(session);
  if (!session || !staff) {
    throw new HttpProblem(401, 'AUTH.SESSION_REQUIRED', 'ログインしていないか、ログインの有効期限が切れました。もう一度ログインしてください。');
  }
  if (unsafeMethods.has(req.method) && !deps.sessions.checkCsrf(session, req.get('x-csrf-token'))) {
    throw new HttpProblem(403, 'AUTH.CSRF_TOKEN_INVALID', '画面の有効期限が切れました。画面を再読み込みしてから、もう一度操作してください。');
  }
  return { session, staff };
}

function targetOf(route: AnyRouteDefinition, params: Readonly<Record<string, string>>): AccessTarget {
  const param = scopeParamOf(route);
  if (param === undefined || route.policy.audience === 'public') return {};
  const value = params[param] ?? '';
  return route.policy.scope === 'visit' ? { visitId: value } : { departmentId: value };
}

async function serve(route: AnyRouteDefinition, req: Request, res: Response, deps: RouteMountDependencies): Promise<void> {
  const auth = route.policy.audience === 'staff' ? authenticate(req, deps) : undefined;
  res.locals['staffId'] = auth?.staff.staffId;
  const params = req.params as Record<string, string>;
  await deps.guard.authorize(route.policy, auth?.staff, targetOf(route, params));
  if (!route.body) discardBody(req);
  const limits = { ...apiBodyLimits, limitBytes: Math.min(route.bodyLimitBytes ?? apiBodyLimits.limitBytes, largestBodyBytes) };
  const body = route.body ? await validateBody(route.body, await readJsonBody(req, limits)) : {};
  deps.guard.authorizeCounter(route.policy, auth?.staff, (body as { counterId?: unknown }).counterId);
  const context: RouteContext<object> = {
    req,
    res,
    body,
    params,
    staff: auth?.staff as AuthenticatedStaff,
    visitList: deps.guard.visitList(route.policy, auth?.staff),
    session: auth?.session as SessionPayload,
    metadata: { now: deps.clock.now(), actor: auth?.staff.staffId ?? 'anonymous', correlationId: correlationIdOf(res) },
  };
  const result = await route.handle(context);
  if (result === 'streaming') return;
  // Answers carry names, addresses and the like: no cache (browser, proxy) keeps them; a route may say otherwise.
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (result.body === undefined) res.status(result.status).end();
  else if (Buffer.isBuffer(result.body)) res.status(result.status).send(result.body);
  else res.status(result.status).json(result.body);
}
