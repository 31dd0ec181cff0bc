/** What other contexts may use of the Visit context: its published events (read through visitEvents, upcast) and the read side. */
export { visitEvents, visitUpcasters } from './visit-events.reader';
export { visitWorkspaceProjection } from './read-models/visit-workspace.projection';
export type { VisitDocument } from './read-models/visit-document';
export { canSeeVisit, visitNotFound } from './read-models/visit-access';
