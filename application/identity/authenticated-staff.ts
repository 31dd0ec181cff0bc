import type { StaffRole } from './contracts/staff-role.contract';

/** Who is acting, as the session establishes it. Passed into every use case that needs scoping. */
export interface AuthenticatedStaff {
  readonly staffId: string;
  readonly username: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
}

/** Admins see every department; everyone else only their own. */
export function worksInDepartment(staff: AuthenticatedStaff, departmentId: string): boolean {
  return staff.role === 'admin' || staff.departmentIds.includes(departmentId);
}
