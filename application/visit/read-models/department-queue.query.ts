import { DomainError } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { StaffDirectory } from '../../identity/read-models/staff-directory';
import type { CatalogueQueries } from '../../procedure';
import { encodePosition, type Position } from '../../shared/event-store';
import type { ReadModelStore } from '../../shared/projections';
import type { DepartmentQueueDto, QueueItemDto } from './department-queue.dto';
import { type DepartmentQueueDocument, departmentQueueProjection } from './department-queue.projection';
import { isOpenEntry, type VisitDocument } from './visit-document';
import { openVisitsProjection } from './visit-workspace.projection';

const phaseLabels = { waiting: '案内待ち', in_service: '対応中' } as const;

/** 受付一覧: the visits now at a department, oldest arrival first. */
export class DepartmentQueueQuery {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
    private readonly staff: StaffDirectory,
    private readonly catalogue: CatalogueQueries,
    private readonly readModelPosition: () => Position | undefined,
  ) {}

  queue(departmentId: string): DepartmentQueueDto {
    const department = this.city.department(departmentId);
    if (!department) throw new DomainError('CITY.UNKNOWN_DEPARTMENT', 'not_found', `課「${departmentId}」は登録されていません。`);
    const doc = this.store.get<DepartmentQueueDocument>(departmentQueueProjection.readModel, departmentId);
    const names = this.staff.displayNames();
    const { catalogue } = this.catalogue.current();
    const position = this.readModelPosition();
    const visits = (doc?.visits ?? []).flatMap((entry): QueueItemDto[] => {
      const visit = this.store.get<VisitDocument>(openVisitsProjection.readModel, entry.visitId);
      if (!visit || visit.status !== 'open') return [];
      return [
        {
          visitId: entry.visitId,
          ticketNumber: visit.ticketNumber,
          counterId: entry.counterId,
          counterName: entry.counterId ? (this.city.counter(entry.counterId)?.name ?? entry.counterId) : '窓口未定',
          status: 'open',
          phase: entry.phase,
          phaseLabel: phaseLabels[entry.phase],
          since: entry.since,
          openedAt: visit.openedAt,
          openedBy: visit.openedBy,
          openedByName: names.get(visit.openedBy) ?? visit.openedBy,
          applicantName: visit.persons.find((p) => p.applicant)?.name ?? null,
          lifeEventNames: visit.lifeEventIds.map((id) => catalogue.lifeEvents.find((e) => e.id === id)?.name ?? id),
          openProcedures: visit.checklist.filter(isOpenEntry).length,
          handOff: this.handOffInto(visit, departmentId),
        },
      ];
    });
    return { departmentId, departmentName: department.name, position: position ? encodePosition(position) : '', visits };
  }

  /** The hand-off that brought the visit to this department, if that is how it came (the latest one). */
  private handOffInto(visit: VisitDocument, departmentId: string): QueueItemDto['handOff'] {
    const last = visit.handoffs.at(-1);
    if (!last || last.toDepartmentId !== departmentId) return null;
    return { fromDepartmentName: this.city.department(last.fromDepartmentId)?.name ?? last.fromDepartmentId, note: last.note };
  }
}
