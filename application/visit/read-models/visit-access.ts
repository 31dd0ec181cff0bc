import { AccessGuard, accessErrors } from '../../shared/access';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import type { VisitDocument } from './visit-document';

/**
 * For lists and live feeds only (a single visit's use cases are guarded by their policy): whether a viewer
 * may see a visit, by the same rule the AccessGuard applies.
 */
export function canSeeVisit(viewer: AuthenticatedStaff, doc: VisitDocument): boolean {
  return AccessGuard.maySeeVisit(viewer, doc.departmentsInvolved);
}

/** For live feeds: whether a viewer may read a department's queue, by the guard's department rule. */
export function canSeeDepartment(viewer: AuthenticatedStaff, departmentId: string): boolean {
  return AccessGuard.maySeeDepartment(viewer, departmentId);
}

export const visitNotFound = accessErrors.visitNotFound;
