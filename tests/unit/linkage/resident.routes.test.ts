import type { Request, Response } from 'express';
import type { AuthenticatedStaff } from '../../../application/identity/authenticated-staff';
import { AccessGuard } from '../../../application/shared/access';
import type { ResidentRecord, ResidentSearchQuery } from '../../../application/linkage/resident-register/resident-record';
import type { ResidentRegister } from '../../../application/linkage/resident-register/resident-register.port';
import type { StaffRole } from '../../../application/identity/contracts/staff-role.contract';
import { residentRoutes } from '../../../infrastructure/linkage/http/resident.routes';
import type { RouteContext } from '../../../infrastructure/http/route-definition';
import { generateSimulatedResidents } from '../../../infrastructure/linkage/simulated-register/simulated-residents.generator';

/** The routes against a register that misbehaves: the edge must still hide what is under 抑止. */
describe('resident routes', () => {
  const sample = generateSimulatedResidents({ population: 1 }).find((r) => !r.suppressed)!;
  const leaking: ResidentRecord = { ...sample, suppressed: true };
  const searches: ResidentSearchQuery[] = [];
  const register: ResidentRegister = {
    sourceName: 'テスト',
    search: async (query) => {
      searches.push(query);
      return [];
    },
    byAtenaNumber: async () => leaking,
    household: async () => [],
  };
  const [search, detail] = residentRoutes({ register });
  const context = (role: StaffRole, query: Record<string, unknown>, params: Record<string, string> = {}) =>
    ({
      req: { query } as unknown as Request,
      res: {} as Response,
      body: {},
      params,
      staff: { staffId: 's', username: 'u', role, departmentIds: [], counterId: null } satisfies AuthenticatedStaff,
      session: { sid: 's', username: 'u', exp: 0 },
      metadata: { now: '2026-10-01T00:00:00.000Z', actor: 's', correlationId: 'c' },
    }) as unknown as RouteContext<object>;

  it('answers 404 for a suppressed record even if the register returned it', async () => {
    await expect(Promise.resolve(detail!.handle(context('counter', {}, { atenaNumber: sample.atenaNumber })))).rejects.toMatchObject({
      status: 404,
      code: 'RESIDENT.NOT_FOUND',
    });
  });

  it('passes normalised criteria to the register', async () => {
    await search!.handle(context('supervisor', { kana: ' きくち ', birthDate: '１９８９０１０８', limit: '10' }));
    expect(searches.at(-1)).toEqual({ kana: 'きくち', birthDate: '1989-01-08', limit: 10 });
  });

  it('declares a policy that refuses auditors before anything is read (auditors audit the log, not the register)', async () => {
    const guard = new AccessGuard({ visitDepartments: async () => undefined, departmentName: () => undefined, counterDepartment: () => undefined });
    const auditor = (context('auditor', {}) as unknown as { staff: AuthenticatedStaff }).staff;
    for (const route of [search!, detail!]) {
      await expect(guard.authorize(route.policy, auditor, {})).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN_ROLE' });
      await expect(guard.authorize(route.policy, { ...auditor, role: 'counter' }, {})).resolves.toBeUndefined();
    }
  });
});
