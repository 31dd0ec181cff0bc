import type { CommandMetadata } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import { actingStaff } from '../acting-staff';
import type { VisitCommandRunner } from '../visit-command.runner';

/** 呼出・対応開始: a clerk of the department the resident was sent to starts handling the visit at their counter. */
export class StartServiceHandler {
  constructor(
    private readonly city: CityDirectory,
    private readonly visits: VisitCommandRunner,
  ) {}

  execute(visitId: string, input: { counterId: string }, actor: AuthenticatedStaff, metadata: CommandMetadata, expectedRevision?: number) {
    const counter = this.city.requireCounter(input.counterId);
    return this.visits.run(
      visitId,
      [{ type: 'StartService', data: { visitId, departmentId: counter.departmentId, counterId: counter.id, by: actingStaff(actor) }, metadata }],
      metadata,
      { expectedRevision },
    );
  }
}
