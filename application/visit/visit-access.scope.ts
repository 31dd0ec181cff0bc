import { visitStreamId } from '../../domain/visit';
import type { EventStore } from '../shared/event-store';
import type { ReadModelStore } from '../shared/projections';
import { evolveVisitDocument, type VisitDocument } from './read-models/visit-document';
import { visitWorkspaceProjection } from './read-models/visit-workspace.projection';

/**
 * The departments taking part in a visit, for the AccessGuard: quickly from the workspace read model, or
 * from the visit's own events when the read model may not have caught up (a visit just opened or handed off).
 */
export class VisitAccessScope {
  constructor(
    private readonly events: EventStore,
    private readonly readModels: ReadModelStore,
  ) {}

  async departmentsOf(visitId: string, authoritative: boolean): Promise<readonly string[] | undefined> {
    if (!authoritative) {
      const doc = this.readModels.get<VisitDocument>(visitWorkspaceProjection.readModel, visitId);
      return doc && doc.state.status !== 'none' ? doc.departmentsInvolved : undefined;
    }
    let doc: VisitDocument | undefined;
    for (const recorded of await this.events.readStream(visitStreamId(visitId))) doc = evolveVisitDocument(doc, recorded);
    return doc && doc.state.status !== 'none' ? doc.departmentsInvolved : undefined;
  }
}
