import { formTemplateProjection } from '../../../application/form/read-models/form-template.projection';
import { visitFormsProjection } from '../../../application/form/read-models/visit-forms.projection';
import type { AuthenticatedStaff } from '../../../application/identity/authenticated-staff';
import { procedureCatalogueProjection } from '../../../application/procedure';
import type { ReadModelChange, ReadModelStore } from '../../../application/shared/projections';
import { departmentQueueProjection } from '../../../application/visit/read-models/department-queue.projection';
import { canSeeDepartment, canSeeVisit } from '../../../application/visit/read-models/visit-access';
import type { VisitDocument } from '../../../application/visit/read-models/visit-document';
import { visitTimelineProjection } from '../../../application/visit/read-models/visit-timeline.projection';
import { openVisitsProjection, visitWorkspaceProjection } from '../../../application/visit/read-models/visit-workspace.projection';

const perVisit = new Set([visitWorkspaceProjection.readModel, openVisitsProjection.readModel, visitTimelineProjection.readModel, visitFormsProjection.readModel]);

/** Who may hear about a change: the same rules as reading the document itself. */
export function createLiveVisibility(store: ReadModelStore) {
  return (change: ReadModelChange, staff: AuthenticatedStaff): boolean => {
    if (change.readModel === departmentQueueProjection.readModel) return canSeeDepartment(staff, change.key);
    if (change.readModel === procedureCatalogueProjection.readModel || change.readModel === formTemplateProjection.readModel) return true;
    if (perVisit.has(change.readModel)) {
      const visit = store.get<VisitDocument>(visitWorkspaceProjection.readModel, change.key);
      return visit !== undefined && canSeeVisit(staff, visit);
    }
    return staff.role === 'admin';
  };
}
