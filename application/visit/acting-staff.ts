import type { ActingStaff } from '../../domain/visit';
import type { AuthenticatedStaff } from '../identity/authenticated-staff';

export function actingStaff(staff: AuthenticatedStaff): ActingStaff {
  return { staffId: staff.staffId, role: staff.role, departmentIds: staff.departmentIds };
}
