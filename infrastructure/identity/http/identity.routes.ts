import type { EndSessionsHandler } from '../../../application/identity/end-sessions/end-sessions.handler';
import type { LoginHandler } from '../../../application/identity/login/login.handler';
import type { LoginResultDto } from '../../../application/identity/read-models/staff.dto';
import type { StaffDirectory } from '../../../application/identity/read-models/staff-directory';
import type { Clock } from '../../../application/shared/ports';
import { HttpProblem } from '../../http/http-problem';
import { defineRoute } from '../../http/route-definition';
import type { SessionCodec } from '../../http/session/session-codec';
import { clearSessionCookie, type CookieSettings, setSessionCookie } from '../../http/session/session-cookie';
import { loginResultSchema, staffAccountListSchema } from './identity.schemas';
import { LoginDto } from './login.dto';
import { identityPolicies } from '../../../application/identity/identity.policies';

export interface IdentityRouteDependencies {
  readonly login: LoginHandler;
  readonly endSessions: EndSessionsHandler;
  readonly directory: StaffDirectory;
  readonly sessions: SessionCodec;
  readonly cookies: CookieSettings;
  readonly clock: Clock;
}

export function identityRoutes(deps: IdentityRouteDependencies) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Log in (staff); sets the session cookie and returns the CSRF token',
      tags: ['identity'],
      policy: identityPolicies.login,
      body: LoginDto,
      responses: {
        200: { description: 'Logged in', schema: loginResultSchema },
        400: { description: 'Missing or malformed fields' },
        401: { description: 'Wrong username or password' },
        429: { description: 'Too many attempts' },
      },
      handle: async ({ req, res, body }) => {
        const outcome = await deps.login.execute(body.username, body.password);
        const { cookie, payload } = deps.sessions.issue(outcome.staff.username, Date.parse(deps.clock.now()));
        setSessionCookie(req, res, cookie, deps.sessions.lifetimeMs, deps.cookies);
        const result: LoginResultDto = { csrfToken: deps.sessions.csrfToken(payload), staff: outcome.session };
        return { status: 200, body: result };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/session',
      summary: 'The current session (after a reload): staff and CSRF token',
      tags: ['identity'],
      policy: identityPolicies.viewSession,
      responses: { 200: { description: 'Session', schema: loginResultSchema }, 401: { description: 'No session' } },
      handle: ({ session }) => {
        const account = deps.directory.byUsername(session.username);
        if (!account) throw new HttpProblem(401, 'AUTH.SESSION_REQUIRED', 'ログインしてください。');
        const result: LoginResultDto = { csrfToken: deps.sessions.csrfToken(session), staff: deps.directory.session(account) };
        return { status: 200, body: result };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Log out: ends every session of the account (every browser, every live stream) and clears the cookie',
      tags: ['identity'],
      policy: identityPolicies.logout,
      responses: { 204: { description: 'Logged out' }, 401: { description: 'No session' } },
      handle: async ({ res, session, metadata }) => {
        await deps.endSessions.execute(session.username, metadata);
        clearSessionCookie(res);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff',
      summary: 'Staff accounts with role, departments and counter (admin only)',
      tags: ['identity'],
      policy: identityPolicies.listStaff,
      responses: {
        200: { description: 'Staff accounts', schema: staffAccountListSchema },
        401: { description: 'No session' },
        403: { description: 'Not an admin' },
      },
      handle: () => ({ status: 200, body: deps.directory.list() }),
    }),
  ];
}
