import { evolveVisitForms } from '../../../domain/form/visit-forms.decider';
import { initialVisitFormsState, type VisitFormsState } from '../../../domain/form/visit-forms.state';
import type { DocumentProjection } from '../../shared/projections';
import { visitFormsEvents } from '../form-events.reader';

export interface VisitFormsDocument {
  readonly state: VisitFormsState;
  readonly revision: number;
}

/** A visit's forms, folded with the domain's own evolve. */
export const visitFormsProjection: DocumentProjection<VisitFormsDocument> = {
  readModel: 'visit-forms',
  version: 1,
  eventTypes: visitFormsEvents.eventTypes,
  keysOf: (recorded) => {
    const event = visitFormsEvents.read(recorded);
    return event ? [event.data.visitId] : [];
  },
  evolve: (doc, recorded) => {
    const event = visitFormsEvents.read(recorded);
    if (!event) return doc;
    const current = doc ?? { state: initialVisitFormsState, revision: -1 };
    if (event.revision <= current.revision) return current;
    return { state: evolveVisitForms(current.state, event), revision: event.revision };
  },
};
