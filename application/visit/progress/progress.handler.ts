import type { CommandMetadata } from '../../../domain/shared';
import { DomainError } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { VisitCommandRunner } from '../visit-command.runner';

/** Where the visit goes next: another department's counter, closed, or cancelled. */
export class VisitProgressHandler {
  constructor(
    private readonly city: CityDirectory,
    private readonly visits: VisitCommandRunner,
  ) {}

  handOff(visitId: string, input: { toDepartmentId: string; toCounterId: string | null; note: string | null }, metadata: CommandMetadata, expectedRevision?: number) {
    const department = this.city.department(input.toDepartmentId);
    if (!department) throw new DomainError('CITY.UNKNOWN_DEPARTMENT', 'invalid', `課「${input.toDepartmentId}」は登録されていません。`);
    if (input.toCounterId !== null && this.city.requireCounter(input.toCounterId).departmentId !== department.id) {
      throw new DomainError('CITY.COUNTER_OUTSIDE_DEPARTMENT', 'invalid', `窓口「${input.toCounterId}」は${department.name}の窓口ではありません。`);
    }
    return this.visits.run(visitId, [{ type: 'HandOffVisit', data: { visitId, ...input }, metadata }], metadata, { expectedRevision });
  }

  close(visitId: string, reason: string | null, metadata: CommandMetadata, expectedRevision?: number) {
    return this.visits.run(visitId, [{ type: 'CloseVisit', data: { visitId, reason }, metadata }], metadata, { expectedRevision });
  }

  cancel(visitId: string, reason: string, metadata: CommandMetadata, expectedRevision?: number) {
    return this.visits.run(visitId, [{ type: 'CancelVisit', data: { visitId, reason }, metadata }], metadata, { expectedRevision });
  }
}
