import { DomainError } from '../../../domain/shared';
import { type AuthenticatedStaff, worksInDepartment } from '../../identity/authenticated-staff';
import type { VisitDocument } from './visit-document';

const crossDepartmentRoles = new Set(['supervisor', 'auditor', 'admin']);

/** Supervisors, auditors and admins see every visit; a clerk sees visits their department takes part in. */
export function canSeeVisit(viewer: AuthenticatedStaff, doc: VisitDocument): boolean {
  return crossDepartmentRoles.has(viewer.role) || doc.departmentsInvolved.some((id) => worksInDepartment(viewer, id));
}

export function canSeeDepartment(viewer: AuthenticatedStaff, departmentId: string): boolean {
  return crossDepartmentRoles.has(viewer.role) || worksInDepartment(viewer, departmentId);
}

export const visitNotFound = () => new DomainError('VISIT.NOT_FOUND', 'not_found', '指定された来庁受付は見つかりません。');
