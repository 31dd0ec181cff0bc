import type { CityDirectory } from '../../city/city-directory';
import type { StaffDirectory } from '../../identity/read-models/staff-directory';
import type { CatalogueQueries } from '../../procedure';
import type { ReadModelStore } from '../../shared/projections';
import { describeFormFact, describeVisitEvent } from './timeline-text';
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
    /** A form template's name (the Form context's, given by the composition root). */
    private readonly templateName: (templateId: string) => string | undefined,
  ) {}

  timeline(visitId: string): VisitTimelineDto {
    const doc = this.store.get<VisitDocument>(visitWorkspaceProjection.readModel, visitId);
    const timeline = this.store.get<VisitTimelineDocument>(visitTimelineProjection.readModel, visitId);
    if (!doc || !timeline) throw visitNotFound();
    const staffNames = this.staff.displayNames();
    const persons = new Map<string, string>();
    const forms = new Map<string, string>();
    for (const entry of timeline.entries) {
      if (entry.stream === 'visit' && entry.event.type === 'PersonAddedToVisit') persons.set(entry.event.data.person.personId, entry.event.data.person.name);
      if (entry.stream === 'forms' && entry.event.type === 'FormFilled') forms.set(entry.event.formId, this.templateName(entry.event.templateId) ?? entry.event.templateId);
    }
    const names = { city: this.city, catalogue: this.catalogue.current().catalogue, persons, forms };
    return {
      visitId,
      ticketNumber: doc.ticketNumber,
      entries: timeline.entries.map((entry) => ({
        revision: entry.revision,
        at: entry.at,
        actorName: entry.actor === 'system' ? 'システム' : (staffNames.get(entry.actor) ?? entry.actor),
        type: entry.event.type,
        text: entry.stream === 'forms' ? describeFormFact(entry.event, names) : describeVisitEvent(entry.event, names),
      })),
    };
  }
}
