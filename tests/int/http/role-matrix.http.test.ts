import type { AccessPolicy } from '../../../application/shared/access';
import type { EventStore } from '../../../application/shared/event-store';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { AnyRouteDefinition } from '../../../infrastructure/http/route-definition';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

/**
 * The role matrix, generated from the route definitions: every endpoint, called by every kind of caller,
 * answers what its access class says, and a refused call appends nothing. The classes below are the
 * security specification, written by hand: a new route without a line here fails this test.
 */
type AccessClass =
  | 'public'
  | 'any-staff'
  | 'serving'
  | 'admin'
  | 'oversight'
  | 'visit-read'
  | 'visit-write'
  | 'department-read'
  | 'visit-list';

const matrix: Readonly<Record<string, AccessClass>> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'any-staff',
  'POST /api/auth/logout': 'any-staff',
  'GET /api/staff': 'admin',
  'GET /api/city': 'any-staff',
  'GET /api/counters': 'any-staff',
  'GET /api/live': 'any-staff',
  'GET /api/catalogue': 'any-staff',
  'PUT /api/catalogue/procedures/:id': 'admin',
  'PUT /api/catalogue/life-events/:id': 'admin',
  'PUT /api/catalogue/rules/:id': 'admin',
  'GET /api/residents': 'serving',
  'GET /api/residents/:atenaNumber': 'serving',
  'GET /api/form-templates': 'any-staff',
  'GET /api/form-templates/:id': 'any-staff',
  'GET /api/form-templates/:id/export': 'admin',
  'PUT /api/form-templates/:id/draft': 'admin',
  'POST /api/form-templates/import': 'admin',
  'POST /api/form-templates/:id/publish': 'admin',
  'POST /api/form-templates/:id/retire': 'admin',
  'POST /api/form-templates/preview': 'admin',
  'POST /api/visits': 'serving',
  'GET /api/visits/search': 'visit-list',
  'GET /api/visits/:id': 'visit-read',
  'GET /api/visits/:id/timeline': 'visit-read',
  'GET /api/visits/:id/guide': 'visit-read',
  'POST /api/visits/:id/service-start': 'visit-write',
  'POST /api/visits/:id/persons': 'visit-write',
  'POST /api/visits/:id/persons/manual': 'visit-write',
  'DELETE /api/visits/:id/persons/:personId': 'visit-write',
  'PUT /api/visits/:id/persons/:personId/concerned': 'visit-write',
  'PUT /api/visits/:id/life-events/:lifeEventId/persons/:personId/roles': 'visit-write',
  'PUT /api/visits/:id/life-events': 'visit-write',
  'PUT /api/visits/:id/answers': 'visit-write',
  'POST /api/visits/:id/procedures': 'visit-write',
  'POST /api/visits/:id/procedures/:procedureId/drop': 'visit-write',
  'PUT /api/visits/:id/procedures/:procedureId/status': 'visit-write',
  'POST /api/visits/:id/hand-off': 'visit-write',
  'POST /api/visits/:id/close': 'visit-write',
  'POST /api/visits/:id/cancel': 'visit-write',
  'POST /api/visits/:id/forms': 'visit-write',
  'GET /api/visits/:id/forms': 'visit-read',
  'PUT /api/visits/:id/forms/values': 'visit-write',
  'POST /api/visits/:id/forms/:formId/signature': 'visit-write',
  'POST /api/visits/:id/forms/:formId/void': 'visit-write',
  'POST /api/visits/:id/forms/printed': 'visit-write',
  'GET /api/visits/:id/forms/pdf': 'visit-read',
  'GET /api/visits/:id/forms/:formId/pdf': 'visit-read',
  'GET /api/departments/:departmentId/queue': 'department-read',
  'GET /api/departments/:departmentId/board': 'department-read',
  'GET /api/supervisor/board': 'oversight',
  'GET /api/admin/dead-letters': 'admin',
  'GET /api/admin/processors': 'admin',
  'POST /api/admin/dead-letters/:id/replay': 'admin',
  'GET /api/metrics': 'public',
};

type Persona = 'none' | 'owner' | 'other' | 'supervisor' | 'auditor' | 'admin';
/** Who plays each part: a 市民登録課 visit; the other clerk and the supervisor are of 国保医療課. */
const usernames: Readonly<Record<Exclude<Persona, 'none'>, string>> = {
  owner: 'shimin-toroku-01',
  other: 'kokuho-iryo-01',
  supervisor: 'kokuho-iryo-kantoku',
  auditor: 'kansa',
  admin: 'admin',
};
const personas: readonly Persona[] = ['none', 'owner', 'other', 'supervisor', 'auditor', 'admin'];

type Expected = 'allowed' | { status: number; code: string };
const noSession = { status: 401, code: 'AUTH.SESSION_REQUIRED' };
const role = { status: 403, code: 'AUTH.FORBIDDEN_ROLE' };
const hiddenVisit = { status: 404, code: 'VISIT.NOT_FOUND' };

const expectations: Readonly<Record<AccessClass, Readonly<Record<Persona, Expected>>>> = {
  public: { none: 'allowed', owner: 'allowed', other: 'allowed', supervisor: 'allowed', auditor: 'allowed', admin: 'allowed' },
  'any-staff': { none: noSession, owner: 'allowed', other: 'allowed', supervisor: 'allowed', auditor: 'allowed', admin: 'allowed' },
  serving: { none: noSession, owner: 'allowed', other: 'allowed', supervisor: 'allowed', auditor: role, admin: 'allowed' },
  admin: { none: noSession, owner: role, other: role, supervisor: role, auditor: role, admin: 'allowed' },
  oversight: { none: noSession, owner: role, other: role, supervisor: 'allowed', auditor: 'allowed', admin: 'allowed' },
  'visit-read': { none: noSession, owner: 'allowed', other: hiddenVisit, supervisor: 'allowed', auditor: 'allowed', admin: 'allowed' },
  'visit-write': {
    none: noSession,
    owner: 'allowed',
    other: hiddenVisit,
    supervisor: { status: 403, code: 'AUTH.READ_ONLY' },
    auditor: role,
    admin: 'allowed',
  },
  // Every staff member may search; each finds only the visits they may read (tests/int/http/visit-search.http.test.ts).
  'visit-list': { none: noSession, owner: 'allowed', other: 'allowed', supervisor: 'allowed', auditor: 'allowed', admin: 'allowed' },
  'department-read': {
    none: noSession,
    owner: 'allowed',
    other: { status: 403, code: 'AUTH.FORBIDDEN_DEPARTMENT' },
    supervisor: 'allowed',
    auditor: 'allowed',
    admin: 'allowed',
  },
};

/** The access class a declared policy amounts to, so that the declaration and the matrix must agree. */
function classOf(policy: AccessPolicy): string {
  if (policy.audience === 'public') return 'public';
  const roles = [...policy.roles].sort().join(',');
  const scope = policy.scope;
  if (scope === 'visit') return `visit-${policy.mode}:${roles}`;
  if (scope === 'department') return `department-${policy.mode}:${roles}`;
  if (scope === 'visits') return `visits-${policy.mode}:${roles}`;
  return `${policy.mode}:${roles}`;
}
const declaredClass: Readonly<Record<AccessClass, readonly string[]>> = {
  public: ['public'],
  'any-staff': ['read:admin,auditor,counter,supervisor', 'self:admin,auditor,counter,supervisor'],
  serving: ['read:admin,counter,supervisor', 'write:admin,counter,supervisor'],
  admin: ['read:admin', 'write:admin'],
  oversight: ['read:admin,auditor,supervisor'],
  'visit-read': ['visit-read:admin,auditor,counter,supervisor'],
  'visit-write': ['visit-write:admin,counter,supervisor'],
  'department-read': ['department-read:admin,auditor,counter,supervisor'],
  'visit-list': ['visits-read:admin,auditor,counter,supervisor'],
};

const keyOf = (route: AnyRouteDefinition) => `${route.method.toUpperCase()} ${route.path}`;

describe('the role matrix over every route', () => {
  let server: RunningServer;
  let store: EventStore;
  const clients = new Map<Persona, ApiClient>();
  let visitId = '';

  beforeAll(async () => {
    server = await startTestServer();
    store = server.container.get<EventStore>(SharedTokens.eventStore);
    clients.set('none', new ApiClient(server.url));
    for (const [persona, username] of Object.entries(usernames)) {
      const client = new ApiClient(server.url);
      expect((await client.login(username, TEST_PASSWORD)).status).toBe(200);
      clients.set(persona as Persona, client);
    }
    const opened = await clients.get('owner')!.json<{ id: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    expect(opened.status).toBe(201);
    visitId = opened.body.id;
  });
  afterAll(() => server.stop());

  it('knows every route the app serves, and each declared policy is the class the matrix gives it', () => {
    const unknown = server.routes.map(keyOf).filter((key) => !(key in matrix));
    expect(unknown).toEqual([]);
    for (const route of server.routes) {
      const expected = matrix[keyOf(route)]!;
      expect({ route: keyOf(route), declared: declaredClass[expected].includes(classOf(route.policy)) }).toEqual({ route: keyOf(route), declared: true });
    }
  });

  function urlFor(route: AnyRouteDefinition): string {
    return route.path.replace(/:(\w+)/g, (_match, name: string) => {
      if (name === 'id') return route.path.startsWith('/api/visits/') ? visitId : 'no-such-id';
      if (name === 'departmentId') return 'shimin-toroku';
      if (name === 'atenaNumber') return '000000000000001';
      return `no-such-${name}`;
    });
  }

  async function call(persona: Persona, route: AnyRouteDefinition): Promise<{ status: number; code: string | undefined }> {
    const client = clients.get(persona)!;
    const body = route.method === 'get' ? undefined : route.body ? {} : undefined;
    const controller = new AbortController();
    const response = await client.request(route.method.toUpperCase(), urlFor(route), body, {}, controller.signal);
    const type = response.headers.get('content-type') ?? '';
    let code: string | undefined;
    if (type.includes('json')) code = ((await response.json()) as { code?: string }).code;
    controller.abort();
    return { status: response.status, code };
  }

  // The session's own routes (logout) go last, so that every persona keeps its session for the others.
  const ordered = (routes: readonly AnyRouteDefinition[]) => [...routes].sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));

  it.each(personas)('answers every route as its class says for the caller "%s", and a refused call appends nothing', async (persona) => {
    const failures: string[] = [];
    for (const route of ordered(server.routes)) {
      const expected = expectations[matrix[keyOf(route)]!][persona];
      const before = await store.headPosition();
      const answer = await call(persona, route);
      const after = await store.headPosition();
      if (answer.status >= 500) failures.push(`${keyOf(route)}: ${answer.status} ${answer.code}`);
      if (expected === 'allowed') {
        const refused = answer.status === 401 || answer.status === 403 || (answer.status === 404 && (answer.code === 'VISIT.NOT_FOUND' || answer.code === 'CITY.UNKNOWN_DEPARTMENT'));
        if (refused) failures.push(`${keyOf(route)}: expected allowed, got ${answer.status} ${answer.code}`);
      } else {
        if (answer.status !== expected.status || answer.code !== expected.code) {
          failures.push(`${keyOf(route)}: expected ${expected.status} ${expected.code}, got ${answer.status} ${answer.code}`);
        }
        if (String(before?.commit) !== String(after?.commit)) failures.push(`${keyOf(route)}: refused, yet events were appended`);
      }
    }
    expect(failures).toEqual([]);
  });
});
