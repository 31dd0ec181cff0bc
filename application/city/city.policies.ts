import { everyStaffRole, staffUseCase } from '../shared/access';

export const cityPolicies = {
  viewCity: staffUseCase('city.view', everyStaffRole, 'read'),
  listCounters: staffUseCase('city.list-counters', everyStaffRole, 'read'),
} as const;
