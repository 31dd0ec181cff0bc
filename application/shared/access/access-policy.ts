import { type StaffRole, staffRoles } from '../../identity/contracts/staff-role.contract';

/**
 * Which data a use case acts on, so that the guard can check the caller's department:
 * - `none`: no department's data (the caller's own session, the city's configuration, the catalogue);
 * - `visit`: one visit; a clerk may read or act on it only where their department takes part in it;
 * - `department`: one department's data (its queue, its board);
 * - `visits`: a list of visits (the search): the guard hands the use case the caller's VisitListAccess,
 *   and the list shows only the visits a `visit` scope would let the caller read.
 */
export type AccessScope = 'none' | 'visit' | 'department' | 'visits';

/**
 * Whether a use case only reads, changes something (auditors never do), or acts only on the caller's own
 * session (log out), which every role may.
 */
export type AccessMode = 'read' | 'write' | 'self';

/**
 * Who may run a use case, declared once beside it and enforced by the one AccessGuard for every route.
 * `roles` lists the staff roles allowed; a public use case has `audience: 'public'` and no roles.
 */
export type AccessPolicy =
  | { readonly audience: 'public'; readonly useCase: string }
  | {
      readonly audience: 'staff';
      readonly useCase: string;
      readonly roles: readonly StaffRole[];
      readonly mode: AccessMode;
      readonly scope: AccessScope;
      /**
       * The body names the counter (`counterId`) the caller acts at: it must be a counter of one of the
       * caller's departments (admins: any). Checked by the guard once the body is validated.
       */
      readonly atCounter: boolean;
    };

export type StaffPolicy = Extract<AccessPolicy, { audience: 'staff' }>;

/** Roles that serve residents and may change a visit (auditors read only). */
export const servingRoles: readonly StaffRole[] = ['counter', 'supervisor', 'admin'];
/** Every staff role. */
export const everyStaffRole: readonly StaffRole[] = staffRoles;
/** Roles that see across departments when they read. */
export const crossDepartmentReaders: readonly StaffRole[] = ['supervisor', 'auditor', 'admin'];

export function publicUseCase(useCase: string): AccessPolicy {
  return { audience: 'public', useCase };
}

export function staffUseCase(
  useCase: string,
  roles: readonly StaffRole[],
  mode: AccessMode,
  scope: AccessScope = 'none',
  options: { readonly atCounter?: boolean } = {},
): StaffPolicy {
  if (mode === 'write' && roles.includes('auditor')) throw new Error(`policy of ${useCase}: auditors read only`);
  return { audience: 'staff', useCase, roles, mode, scope, atCounter: options.atCounter ?? false };
}
