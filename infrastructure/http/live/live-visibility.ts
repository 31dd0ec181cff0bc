import { type AuthenticatedStaff, worksInDepartment } from '../../../application/identity/authenticated-staff';
import type { ReadModelChange, ReadModelStore } from '../../../application/shared/projections';
import { departmentQueueProjection } from '../../../application/visit/read-models/department-queue.projection';
import { type VisitDetailDocument, visitDetailProjection } from '../../../application/visit/read-models/visit-detail.projection';

const crossDepartmentRoles = new Set(['supervisor', 'auditor', 'admin']);

/** Who may hear about a change: a department's documents go to its staff and to supervisors. */
export function createLiveVisibility(store: ReadModelStore) {
  const seesDepartment = (staff: AuthenticatedStaff, departmentId: string) =>
    crossDepartmentRoles.has(staff.role) || worksInDepartment(staff, departmentId);
  return (change: ReadModelChange, staff: AuthenticatedStaff): boolean => {
    switch (change.readModel) {
      case departmentQueueProjection.readModel:
        return seesDepartment(staff, change.key);
      case visitDetailProjection.readModel: {
        const visit = store.get<VisitDetailDocument>(visitDetailProjection.readModel, change.key);
        return visit !== undefined && seesDepartment(staff, visit.departmentId);
      }
      default:
        return staff.role === 'admin';
    }
  };
}
