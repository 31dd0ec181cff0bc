import { everyStaffRole, servingRoles, staffUseCase } from '../shared/access';

const onVisit = (useCase: string) => staffUseCase(`visit.${useCase}`, servingRoles, 'write', 'visit');

/** Who may run each Visit use case: declared here once, enforced by the AccessGuard for every route. */
export const visitPolicies = {
  /** 受付: at a counter of the clerk's department. */
  open: staffUseCase('visit.open', servingRoles, 'write', 'none', { atCounter: true }),
  /** 呼出: on a visit the clerk's department takes part in, at a counter of that department. */
  startService: staffUseCase('visit.start-service', servingRoles, 'write', 'visit', { atCounter: true }),
  addPersonFromRegister: onVisit('add-person-from-register'),
  addPersonManually: onVisit('add-person-manually'),
  removePerson: onVisit('remove-person'),
  setConcerned: onVisit('set-concerned'),
  assignRoles: onVisit('assign-roles'),
  chooseLifeEvents: onVisit('choose-life-events'),
  answer: onVisit('answer'),
  addProcedure: onVisit('add-procedure'),
  dropProcedure: onVisit('drop-procedure'),
  changeProcedureStatus: onVisit('change-procedure-status'),
  handOff: onVisit('hand-off'),
  close: onVisit('close'),
  cancel: onVisit('cancel'),
  viewWorkspace: staffUseCase('visit.view-workspace', everyStaffRole, 'read', 'visit'),
  viewTimeline: staffUseCase('visit.view-timeline', everyStaffRole, 'read', 'visit'),
  viewDepartmentQueue: staffUseCase('visit.view-department-queue', everyStaffRole, 'read', 'department'),
  viewDepartmentBoard: staffUseCase('visit.view-department-board', everyStaffRole, 'read', 'department'),
  /** 来庁記録の検索: every staff member; each sees only the visits a visit-scoped read would show them. */
  search: staffUseCase('visit.search', everyStaffRole, 'read', 'visits'),
  viewSupervisorBoard: staffUseCase('visit.view-supervisor-board', ['supervisor', 'auditor', 'admin'], 'read'),
  /** The live channel: every staff member; each change is delivered only to those who may see it. */
  followLiveChanges: staffUseCase('visit.follow-live-changes', everyStaffRole, 'read'),
} as const;
