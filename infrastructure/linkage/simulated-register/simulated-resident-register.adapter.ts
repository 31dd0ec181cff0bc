import type { ResidentRecord, ResidentSearchQuery } from '../../../application/linkage/resident-register/resident-record';
import type { ResidentRegister } from '../../../application/linkage/resident-register/resident-register.port';
import { digitsMatchKey } from '../../../domain/linkage';
import { ResidentSearchIndex } from './resident-search-index';
import { generateSimulatedResidents } from './simulated-residents.generator';

export interface HouseholdOptions {
  /** Also list members who moved out (転出) or died (死亡); by default only current residents (住民). */
  readonly includeFormer?: boolean;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The resident register as a simulation: about 3,000 synthetic residents of Hanamaki, generated once
 * (deterministically) when the adapter is built. Records under 抑止 are dropped at construction and so
 * can never be returned by search, byAtenaNumber or household: an unknown and a suppressed number get
 * the same answer.
 */
export class SimulatedResidentRegister implements ResidentRegister {
  readonly sourceName = '住民記録（シミュレーション）';
  private readonly index: ResidentSearchIndex;
  private readonly households = new Map<string, ResidentRecord[]>();

  constructor(records: readonly ResidentRecord[] = generateSimulatedResidents()) {
    const visible = records.filter((record) => !record.suppressed).map((record) => deepFreeze({ ...record }));
    this.index = new ResidentSearchIndex(visible);
    for (const record of visible) {
      const members = this.households.get(record.householdNumber) ?? [];
      members.push(record);
      this.households.set(record.householdNumber, members);
    }
    for (const members of this.households.values()) members.sort((a, b) => Number(b.isHouseholdHead) - Number(a.isHouseholdHead));
  }

  /** How many records can be found (suppressed ones are not counted). */
  get size(): number {
    return this.index.size;
  }

  async search(query: ResidentSearchQuery): Promise<ResidentRecord[]> {
    return this.index.search(query);
  }

  async byAtenaNumber(atenaNumber: string): Promise<ResidentRecord | undefined> {
    return this.index.byAtenaNumber(atenaNumber);
  }

  async household(householdNumber: string, options: HouseholdOptions = {}): Promise<ResidentRecord[]> {
    const members = this.households.get(digitsMatchKey(householdNumber)) ?? [];
    return options.includeFormer ? [...members] : members.filter((member) => member.status === '住民');
  }
}
