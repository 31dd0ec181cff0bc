import type { CommandMetadata } from '../../../domain/shared';
import { DomainError } from '../../../domain/shared';
import type { ProcedureStatus, VisitState } from '../../../domain/visit';
import type { CityDirectory } from '../../city/city-directory';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import type { CatalogueQueries } from '../../procedure';
import { actingStaff } from '../acting-staff';
import type { VisitCommandRunner } from '../visit-command.runner';

/** The checklist by hand: add, drop (with a reason), and each procedure's status by its department. */
export class ChecklistHandler {
  constructor(
    private readonly catalogue: CatalogueQueries,
    private readonly city: CityDirectory,
    private readonly visits: VisitCommandRunner,
  ) {}

  add(visitId: string, input: { procedureId: string; personIds: readonly string[]; note: string | null }, metadata: CommandMetadata, expectedRevision?: number) {
    const procedure = this.catalogue.procedure(input.procedureId);
    if (!procedure || !procedure.active) throw new DomainError('PROCEDURE.UNKNOWN', 'invalid', `手続き「${input.procedureId}」は登録されていません。`);
    return this.visits.run(
      visitId,
      [
        (state: VisitState) => ({
          type: 'AddProcedureByHand',
          data: {
            visitId,
            procedure: {
              procedureId: procedure.id,
              departmentId: state.status === 'none' ? procedure.departmentId : this.city.ownerAt(state.officeId, procedure.departmentId),
              personIds: [...input.personIds],
              reasons: ['職員が追加しました'],
              ruleIds: [],
            },
            note: input.note,
          },
          metadata,
        }),
      ],
      metadata,
      { expectedRevision },
    );
  }

  drop(visitId: string, procedureId: string, reason: string, metadata: CommandMetadata, expectedRevision?: number) {
    return this.visits.run(visitId, [{ type: 'DropProcedure', data: { visitId, procedureId, reason }, metadata }], metadata, { expectedRevision });
  }

  changeStatus(visitId: string, procedureId: string, to: ProcedureStatus, note: string | null, actor: AuthenticatedStaff, metadata: CommandMetadata, expectedRevision?: number) {
    return this.visits.run(visitId, [{ type: 'ChangeProcedureStatus', data: { visitId, procedureId, to, note, by: actingStaff(actor) }, metadata }], metadata, { expectedRevision });
  }
}
