export const VisitTokens = {
  openVisit: Symbol.for('madoguchi.visit.OpenVisitHandler'),
  queries: Symbol.for('madoguchi.visit.VisitQueries'),
} as const;
