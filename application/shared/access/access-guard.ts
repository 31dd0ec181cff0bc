import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import { accessErrors } from './access.errors';
import { type AccessPolicy, crossDepartmentReaders, type StaffPolicy } from './access-policy';
import { type VisitListAccess, visitListAccessOf } from './visit-list-access';

/** What the guard needs to know of the data a use case acts on. */
export interface AccessScopes {
  /**
   * The departments taking part in a visit, or undefined when there is no such visit. The quick answer may
   * come from a read model that lags behind (it only ever misses departments); `authoritative` reads the
   * visit's own events, and the guard asks for it before it refuses.
   */
  visitDepartments(visitId: string, authoritative: boolean): Promise<readonly string[] | undefined>;
  /** A department's display name, or undefined when the city has no such department. */
  departmentName(departmentId: string): string | undefined;
  /** The department a counter belongs to, or undefined when the city has no such counter. */
  counterDepartment(counterId: string): { readonly departmentId: string; readonly departmentName: string } | undefined;
}

/** The data a request names, as the route's path gives it. */
export interface AccessTarget {
  readonly visitId?: string;
  readonly departmentId?: string;
}

function worksIn(staff: AuthenticatedStaff, departmentIds: readonly string[]): boolean {
  return staff.role === 'admin' || departmentIds.some((id) => staff.departmentIds.includes(id));
}

function readsAcrossDepartments(staff: AuthenticatedStaff): boolean {
  return crossDepartmentReaders.includes(staff.role);
}

/**
 * The one place where a use case's declared policy is enforced: role, read or write, and the department
 * scope. A visit the caller may not read answers 404 (as if it did not exist); one they may read but not
 * change answers 403.
 */
export class AccessGuard {
  constructor(private readonly scopes: AccessScopes) {}

  async authorize(policy: AccessPolicy, staff: AuthenticatedStaff | undefined, target: AccessTarget): Promise<void> {
    if (policy.audience === 'public') return;
    if (!staff) throw new Error(`AccessGuard: ${policy.useCase} needs an authenticated caller`);
    if (!policy.roles.includes(staff.role)) throw accessErrors.forbiddenRole();
    if (policy.scope === 'visit') await this.visit(policy, staff, target.visitId);
    if (policy.scope === 'department') this.department(policy, staff, target.departmentId);
  }

  /**
   * For a policy with `atCounter`: the counter the validated body names must belong to one of the caller's
   * departments (404 for a counter the city does not have, 403 for another department's).
   */
  authorizeCounter(policy: AccessPolicy, staff: AuthenticatedStaff | undefined, counterId: unknown): void {
    if (policy.audience === 'public' || !policy.atCounter || !staff) return;
    const id = typeof counterId === 'string' ? counterId : '';
    const counter = this.scopes.counterDepartment(id);
    if (!counter) throw accessErrors.unknownCounter(id);
    if (!worksIn(staff, [counter.departmentId])) throw accessErrors.forbiddenDepartment(counter.departmentName);
  }

  /**
   * For a policy scoped to `visits` (a list): which visits the caller may be shown and work on, handed to the
   * use case by the route mount after `authorize`. Any other policy gets a list access that shows nothing.
   */
  visitList(policy: AccessPolicy, staff: AuthenticatedStaff | undefined): VisitListAccess {
    return visitListAccessOf(policy, staff);
  }

  /** Whether a caller may read a visit in which these departments take part (for lists and live feeds). */
  static maySeeVisit(staff: AuthenticatedStaff, departmentsInvolved: readonly string[]): boolean {
    return readsAcrossDepartments(staff) || worksIn(staff, departmentsInvolved);
  }

  /** Whether a caller may read a department's data (for live feeds): the department rule of `authorize`. */
  static maySeeDepartment(staff: AuthenticatedStaff, departmentId: string): boolean {
    return readsAcrossDepartments(staff) || worksIn(staff, [departmentId]);
  }

  private async visit(policy: StaffPolicy, staff: AuthenticatedStaff, visitId: string | undefined): Promise<void> {
    if (!visitId) throw new Error(`AccessGuard: ${policy.useCase} is scoped to a visit but names none`);
    const quick = await this.scopes.visitDepartments(visitId, false);
    if (quick && worksIn(staff, quick)) return;
    const departments = await this.scopes.visitDepartments(visitId, true);
    if (!departments) throw accessErrors.visitNotFound();
    if (worksIn(staff, departments)) return;
    if (!readsAcrossDepartments(staff)) throw accessErrors.visitNotFound();
    if (policy.mode === 'write') throw accessErrors.readOnly();
  }

  private department(policy: StaffPolicy, staff: AuthenticatedStaff, departmentId: string | undefined): void {
    if (!departmentId) throw new Error(`AccessGuard: ${policy.useCase} is scoped to a department but names none`);
    const name = this.scopes.departmentName(departmentId);
    if (name === undefined) throw accessErrors.unknownDepartment(departmentId);
    if (policy.mode === 'read' ? AccessGuard.maySeeDepartment(staff, departmentId) : worksIn(staff, [departmentId])) return;
    throw accessErrors.forbiddenDepartment(name);
  }
}
