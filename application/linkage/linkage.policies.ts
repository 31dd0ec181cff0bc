import { servingRoles, staffUseCase } from '../shared/access';

/** Staff who serve residents may look them up; auditors audit the log, not the register. */
export const linkagePolicies = {
  searchResidents: staffUseCase('linkage.search-residents', servingRoles, 'read'),
  viewResident: staffUseCase('linkage.view-resident', servingRoles, 'read'),
} as const;
