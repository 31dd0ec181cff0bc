import { everyStaffRole, staffUseCase } from '../shared/access';

export const procedurePolicies = {
  viewCatalogue: staffUseCase('procedure.view-catalogue', everyStaffRole, 'read'),
  saveProcedure: staffUseCase('procedure.save-procedure', ['admin'], 'write'),
  saveLifeEvent: staffUseCase('procedure.save-life-event', ['admin'], 'write'),
  saveRule: staffUseCase('procedure.save-rule', ['admin'], 'write'),
} as const;
