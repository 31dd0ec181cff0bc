import { DomainError } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import { type AuthenticatedStaff, worksInDepartment } from '../../identity/authenticated-staff';
import { identityErrors } from '../../identity/identity.errors';
import type { StaffDirectory } from '../../identity/read-models/staff-directory';
import { encodePosition, type Position } from '../../shared/event-store';
import type { ReadModelStore } from '../../shared/projections';
import type { DepartmentQueueDto } from './department-queue.dto';
import { type DepartmentQueueDocument, departmentQueueProjection } from './department-queue.projection';
import type { VisitDetailDto } from './visit-detail.dto';
import { type VisitDetailDocument, visitDetailProjection } from './visit-detail.projection';

/** Supervisors and auditors look across departments; clerks see their own. */
function canSee(staff: AuthenticatedStaff, departmentId: string): boolean {
  return staff.role === 'supervisor' || staff.role === 'auditor' || worksInDepartment(staff, departmentId);
}

/** Reads of the Visit context's read models, shaped for the screens. */
export class VisitQueries {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
    private readonly staff: StaffDirectory,
    private readonly readModelPosition: () => Position | undefined,
  ) {}

  departmentQueue(departmentId: string, viewer: AuthenticatedStaff): DepartmentQueueDto {
    const department = this.city.department(departmentId);
    if (!department) throw new DomainError('CITY.UNKNOWN_DEPARTMENT', 'not_found', `課「${departmentId}」は登録されていません。`);
    if (!canSee(viewer, departmentId)) throw identityErrors.forbiddenDepartment(department.name);
    const doc = this.store.get<DepartmentQueueDocument>(departmentQueueProjection.readModel, departmentId);
    const names = this.staff.displayNames();
    const position = this.readModelPosition();
    return {
      departmentId,
      departmentName: department.name,
      position: position ? encodePosition(position) : '',
      visits: (doc?.visits ?? []).map((entry) => ({
        visitId: entry.visitId,
        counterId: entry.counterId,
        counterName: this.city.counter(entry.counterId)?.name ?? entry.counterId,
        status: 'open',
        openedAt: entry.openedAt,
        openedBy: entry.openedBy,
        openedByName: names.get(entry.openedBy) ?? entry.openedBy,
      })),
    };
  }

  visit(visitId: string, viewer: AuthenticatedStaff): VisitDetailDto {
    const doc = this.store.get<VisitDetailDocument>(visitDetailProjection.readModel, visitId);
    if (!doc || !canSee(viewer, doc.departmentId)) {
      throw new DomainError('VISIT.NOT_FOUND', 'not_found', '指定された来庁受付は見つかりません。');
    }
    const counter = this.city.counter(doc.counterId);
    return {
      id: doc.id,
      status: doc.status,
      counterId: doc.counterId,
      counterName: counter?.name ?? doc.counterId,
      departmentId: doc.departmentId,
      departmentName: this.city.departmentName(doc.departmentId),
      officeId: doc.officeId,
      officeName: this.city.officeName(doc.officeId),
      openedAt: doc.openedAt,
      openedBy: doc.openedBy,
      openedByName: this.staff.displayNames().get(doc.openedBy) ?? doc.openedBy,
      revision: doc.revision,
    };
  }
}
