import { DomainError } from '../../../domain/shared';
import { procedureStatusLabels } from '../contracts/procedure-status.contract';
import type { CityDirectory } from '../../city/city-directory';
import type { CatalogueQueries } from '../../procedure';
import type { ReadModelStore } from '../../shared/projections';
import type { BoardVisitDto, DepartmentBoardDto, SupervisorBoardDto } from './boards.dto';
import { isOpenEntry, type VisitDocument } from './visit-document';
import { openVisitsProjection } from './visit-workspace.projection';

/** The department board and the supervisor's board, both over the open visits. */
export class BoardsQuery {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
    private readonly catalogue: CatalogueQueries,
  ) {}

  departmentBoard(departmentId: string): DepartmentBoardDto {
    const department = this.city.department(departmentId);
    if (!department) throw new DomainError('CITY.UNKNOWN_DEPARTMENT', 'not_found', `課「${departmentId}」は登録されていません。`);
    const { catalogue } = this.catalogue.current();
    const visits = this.openVisits().flatMap((state) => {
      const mine = state.checklist.filter((item) => !item.dropped && item.departmentId === departmentId);
      if (mine.length === 0) return [];
      return [
        {
          ...this.row(state),
          procedures: mine.map((item) => ({
            procedureId: item.procedureId,
            name: catalogue.procedures.find((p) => p.id === item.procedureId)?.name ?? item.procedureId,
            status: item.status,
            statusLabel: procedureStatusLabels[item.status],
          })),
        },
      ];
    });
    return { departmentId, departmentName: department.name, visits };
  }

  supervisorBoard(now: string): SupervisorBoardDto {
    const open = this.openVisits();
    const rows = open.map((state) => ({ row: this.row(state), state }));
    const departments = this.city.configuration.departments.map((department) => {
      const here = rows.filter((r) => r.row.departmentId === department.id);
      const waiting = here.filter((r) => r.row.phase === 'waiting').map((r) => r.row).sort((a, b) => a.since.localeCompare(b.since));
      return {
        departmentId: department.id,
        departmentName: department.name,
        officeName: this.city.officeName(department.officeId),
        waiting: waiting.length,
        inService: here.length - waiting.length,
        longestWaitingSince: waiting[0]?.since ?? null,
        openProcedures: rows.reduce((n, r) => n + r.state.checklist.filter((i) => isOpenEntry(i) && i.departmentId === department.id).length, 0),
        counters: this.city.configuration.counters
          .filter((c) => c.departmentId === department.id)
          .map((c) => ({ counterId: c.id, name: c.name, visits: here.filter((r) => r.row.phase === 'in_service' && r.state.counterId === c.id).map((r) => r.row) })),
        waitingVisits: waiting,
      };
    });
    return { generatedAt: now, openVisits: open.length, departments };
  }

  private openVisits(): VisitDocument[] {
    return this.store
      .list<VisitDocument>(openVisitsProjection.readModel)
      .filter((doc) => doc.status === 'open')
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  }

  private row(state: VisitDocument): BoardVisitDto {
    const { catalogue } = this.catalogue.current();
    return {
      visitId: state.visitId,
      ticketNumber: state.ticketNumber,
      phase: state.phase,
      departmentId: state.departmentId,
      departmentName: this.city.departmentName(state.departmentId),
      counterName: state.counterId ? (this.city.counter(state.counterId)?.name ?? state.counterId) : null,
      openedAt: state.openedAt,
      since: state.since,
      serviceSince: state.serviceSince,
      openProcedures: state.checklist.filter(isOpenEntry).length,
      lifeEventNames: state.lifeEventIds.map((id) => catalogue.lifeEvents.find((e) => e.id === id)?.name ?? id),
    };
  }
}

