import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import { type AccessPolicy, crossDepartmentReaders, servingRoles } from './access-policy';

/**
 * What a list of visits (a policy with scope `visits`) may show its caller, as the AccessGuard decides it
 * from the policy and the caller: the visits in which one of `departmentIds` takes part, or every visit; and
 * which of those the caller may also work on. The use case filters with `listsVisit` and marks with
 * `mayWorkOnListedVisit`: it never looks at roles or departments itself.
 */
export interface VisitListAccess {
  readonly seesEveryVisit: boolean;
  readonly worksOnEveryVisit: boolean;
  /** The departments the caller works in (where they may read and, when `serves`, change visits). */
  readonly departmentIds: readonly string[];
  /** Whether the caller's role changes visits at all (auditors: never). */
  readonly serves: boolean;
}

/** Sees nothing, changes nothing: what a caller without a list policy gets. */
export const noVisitListAccess: VisitListAccess = { seesEveryVisit: false, worksOnEveryVisit: false, departmentIds: [], serves: false };

/**
 * The list access of a caller under a policy: only a staff policy scoped to `visits` whose roles include
 * the caller's role opens anything. Cross-department readers (supervisors, auditors, admins) see every
 * visit; a clerk sees the visits their departments take part in; only admins work on every visit.
 */
export function visitListAccessOf(policy: AccessPolicy, staff: AuthenticatedStaff | undefined): VisitListAccess {
  if (policy.audience !== 'staff' || policy.scope !== 'visits' || !staff || !policy.roles.includes(staff.role)) return noVisitListAccess;
  return {
    seesEveryVisit: crossDepartmentReaders.includes(staff.role),
    worksOnEveryVisit: staff.role === 'admin',
    departmentIds: [...staff.departmentIds],
    serves: servingRoles.includes(staff.role),
  };
}

function inOneOf(access: VisitListAccess, departmentsInvolved: readonly string[]): boolean {
  return departmentsInvolved.some((id) => access.departmentIds.includes(id));
}

/** Whether the list may show a visit in which these departments take part. */
export function listsVisit(access: VisitListAccess, departmentsInvolved: readonly string[]): boolean {
  return access.seesEveryVisit || inOneOf(access, departmentsInvolved);
}

/**
 * Whether the caller may work on (change) a listed visit: the rule the guard applies to a `visit`-scoped
 * write, so that a link to the workspace is offered only where its commands would be accepted.
 */
export function mayWorkOnListedVisit(access: VisitListAccess, departmentsInvolved: readonly string[]): boolean {
  return access.serves && (access.worksOnEveryVisit || inOneOf(access, departmentsInvolved));
}
