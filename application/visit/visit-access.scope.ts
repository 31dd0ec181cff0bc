import { visitStreamId } from '../../domain/visit';
import type { EventStore } from '../shared/event-store';
import type { ReadModelStore } from '../shared/projections';
import type { VisitDocument } from './read-models/visit-document';
import { evolveVisitDocument } from './read-models/visit-document.evolve';
import { visitWorkspaceProjection } from './read-models/visit-workspace.projection';
import { visitEvents } from './visit-events.reader';

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
      return doc?.departmentsInvolved;
    }
    let doc: VisitDocument | undefined;
    for (const recorded of await this.events.readStream(visitStreamId(visitId))) {
      const event = visitEvents.read(recorded);
      if (event) doc = evolveVisitDocument(doc, event);
    }
    return doc?.departmentsInvolved;
  }
}
