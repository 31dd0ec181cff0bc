import type { ResidentRecord } from '../../../application/linkage/resident-register/resident-record';
import { ageOn } from '../../../domain/linkage';
import { SIMULATION_AS_OF } from '../../../infrastructure/linkage/simulated-register/simulated-residents.generator';

/** Age on the day the simulation describes. */
export const age = (r: ResidentRecord): number => ageOn(r.birthDate, SIMULATION_AS_OF);

export function byHousehold(records: readonly ResidentRecord[]): Map<string, ResidentRecord[]> {
  const map = new Map<string, ResidentRecord[]>();
  for (const r of records) map.set(r.householdNumber, [...(map.get(r.householdNumber) ?? []), r]);
  return map;
}
