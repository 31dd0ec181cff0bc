import type { CityDirectory } from '../../city/city-directory';
import type { ReadModelStore } from '../../shared/projections';
import type { StaffAccountDto, StaffSessionDto } from './staff.dto';
import { type StaffAccountDocument, staffAccountProjection } from './staff-account.projection';

/** Queries over the staff-account read model. */
export class StaffDirectory {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
  ) {}

  byUsername(username: string): StaffAccountDocument | undefined {
    return this.store.get<StaffAccountDocument>(staffAccountProjection.readModel, username);
  }

  /** Display names by staff id, for screens that name who did what (one read per request). */
  displayNames(): ReadonlyMap<string, string> {
    const accounts = this.store.list<StaffAccountDocument>(staffAccountProjection.readModel);
    return new Map(accounts.map((a) => [a.staffId, a.displayName]));
  }

  session(account: StaffAccountDocument): StaffSessionDto {
    const { staffId: id, username, displayName, role, departmentIds, counterId } = account;
    return { id, username, displayName, role, departmentIds, counterId };
  }

  list(): StaffAccountDto[] {
    return this.store.list<StaffAccountDocument>(staffAccountProjection.readModel).map((account) => ({
      ...this.session(account),
      departmentNames: account.departmentIds.map((id) => this.city.departmentName(id)),
      counterName: account.counterId ? (this.city.counter(account.counterId)?.name ?? account.counterId) : null,
    }));
  }
}
