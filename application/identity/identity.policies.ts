import { everyStaffRole, publicUseCase, staffUseCase } from '../shared/access';

export const identityPolicies = {
  login: publicUseCase('identity.login'),
  viewSession: staffUseCase('identity.view-session', everyStaffRole, 'self'),
  logout: staffUseCase('identity.logout', everyStaffRole, 'self'),
  listStaff: staffUseCase('identity.list-staff', ['admin'], 'read'),
} as const;
