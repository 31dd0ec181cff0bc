export const VisitTokens = {
  runner: Symbol.for('madoguchi.visit.VisitCommandRunner'),
  proposer: Symbol.for('madoguchi.visit.VisitProposer'),
  openVisit: Symbol.for('madoguchi.visit.OpenVisitHandler'),
  startService: Symbol.for('madoguchi.visit.StartServiceHandler'),
  persons: Symbol.for('madoguchi.visit.VisitPersonsHandler'),
  interview: Symbol.for('madoguchi.visit.InterviewHandler'),
  checklist: Symbol.for('madoguchi.visit.ChecklistHandler'),
  progress: Symbol.for('madoguchi.visit.VisitProgressHandler'),
  workspace: Symbol.for('madoguchi.visit.VisitWorkspaceQuery'),
  timeline: Symbol.for('madoguchi.visit.VisitTimelineQuery'),
  queue: Symbol.for('madoguchi.visit.DepartmentQueueQuery'),
  boards: Symbol.for('madoguchi.visit.BoardsQuery'),
} as const;
