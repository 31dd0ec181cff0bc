import { everyStaffRole, servingRoles, staffUseCase } from '../shared/access';

/** Who may run each Form use case: declared here once, enforced by the AccessGuard for every route. */
export const formPolicies = {
  listTemplates: staffUseCase('form.list-templates', everyStaffRole, 'read'),
  viewTemplate: staffUseCase('form.view-template', everyStaffRole, 'read'),
  exportTemplate: staffUseCase('form.export-template', ['admin'], 'read'),
  saveDraft: staffUseCase('form.save-draft', ['admin'], 'write'),
  importTemplate: staffUseCase('form.import-template', ['admin'], 'write'),
  publishTemplate: staffUseCase('form.publish-template', ['admin'], 'write'),
  retireTemplate: staffUseCase('form.retire-template', ['admin'], 'write'),
  previewTemplate: staffUseCase('form.preview-template', ['admin'], 'read'),
  fillVisitForms: staffUseCase('form.fill-visit-forms', servingRoles, 'write', 'visit'),
  viewVisitForms: staffUseCase('form.view-visit-forms', everyStaffRole, 'read', 'visit'),
  completeValues: staffUseCase('form.complete-values', servingRoles, 'write', 'visit'),
  sign: staffUseCase('form.sign', servingRoles, 'write', 'visit'),
  voidForm: staffUseCase('form.void', servingRoles, 'write', 'visit'),
  recordPrinted: staffUseCase('form.record-printed', servingRoles, 'write', 'visit'),
  renderVisitForms: staffUseCase('form.render-visit-forms', everyStaffRole, 'read', 'visit'),
} as const;
