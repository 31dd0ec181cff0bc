/** What other contexts may use of the Visit context (read side only). */
export { visitWorkspaceProjection } from './read-models/visit-workspace.projection';
export type { VisitDocument } from './read-models/visit-document';
export { canSeeVisit, visitNotFound } from './read-models/visit-access';
