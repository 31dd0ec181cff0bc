import type { CityDirectory } from '../../city/city-directory';
import type { StaffDirectory } from '../../identity/read-models/staff-directory';
import type { CatalogueQueries } from '../../procedure';
import type { ReadModelStore } from '../../shared/projections';
import { describeVisitEvent } from './timeline-text';
import { visitNotFound } from './visit-access';
import type { VisitDocument } from './visit-document';
import { type VisitTimelineDocument, visitTimelineProjection } from './visit-timeline.projection';
import type { VisitTimelineDto } from './visit-workspace.dto';
import { visitWorkspaceProjection } from './visit-workspace.projection';

/** A visit's timeline: who did what, when, in plain Japanese. */
export class VisitTimelineQuery {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
    private readonly staff: StaffDirectory,
    private readonly catalogue: CatalogueQueries,
  ) {}

  timeline(visitId: string): VisitTimelineDto {
    const doc = this.store.get<VisitDocument>(visitWorkspaceProjection.readModel, visitId);
    const timeline = this.store.get<VisitTimelineDocument>(visitTimelineProjection.readModel, visitId);
    if (!doc || !timeline) throw visitNotFound();
    const staffNames = this.staff.displayNames();
    const persons = new Map<string, string>();
    for (const { event } of timeline.entries) if (event.type === 'PersonAddedToVisit') persons.set(event.data.person.personId, event.data.person.name);
    const names = { city: this.city, catalogue: this.catalogue.current().catalogue, persons };
    return {
      visitId,
      ticketNumber: doc.ticketNumber,
      entries: timeline.entries.map((entry) => ({
        revision: entry.revision,
        at: entry.at,
        actorName: entry.actor === 'system' ? 'システム' : (staffNames.get(entry.actor) ?? entry.actor),
        type: entry.event.type,
        text: describeVisitEvent(entry.event, names),
      })),
    };
  }
}
