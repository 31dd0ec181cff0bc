import { evolveVisitForms } from '../../../domain/form/visit-forms.decider';
import { type VisitFormsEvent, visitFormsEventTypes } from '../../../domain/form/visit-forms.events';
import { initialVisitFormsState, type VisitFormsState } from '../../../domain/form/visit-forms.state';
import type { DocumentProjection } from '../../shared/projections';

export interface VisitFormsDocument {
  readonly state: VisitFormsState;
  readonly revision: number;
}

/** A visit's forms, folded with the domain's own evolve. */
export const visitFormsProjection: DocumentProjection<VisitFormsDocument> = {
  readModel: 'visit-forms',
  version: 1,
  eventTypes: [...visitFormsEventTypes],
  keysOf: (event) => [String(event.data['visitId'])],
  evolve: (doc, event) => {
    const current = doc ?? { state: initialVisitFormsState, revision: -1 };
    if (event.revision <= current.revision) return current;
    return { state: evolveVisitForms(current.state, { type: event.type, data: event.data } as unknown as VisitFormsEvent), revision: event.revision };
  },
};
