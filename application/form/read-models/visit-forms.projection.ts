import type { DocumentProjection } from '../../shared/projections';
import { visitFormsEvents } from '../form-events.reader';
import { evolveVisitFormsDocument, type VisitFormsDocument } from './visit-forms.document';

export type { VisitFormsDocument };

/** A visit's forms as the screens and printing need them, in the read model's own document type. */
export const visitFormsProjection: DocumentProjection<VisitFormsDocument> = {
  readModel: 'visit-forms',
  // 2: its own document type (no longer the aggregate's VisitFormsState), built from upcast events.
  // 3: forms keep the signature boxes recorded as signed on paper (FormPrinted v2).
  version: 3,
  eventTypes: visitFormsEvents.eventTypes,
  keysOf: (recorded) => {
    const event = visitFormsEvents.read(recorded);
    return event ? [event.data.visitId] : [];
  },
  evolve: (doc, recorded) => {
    const event = visitFormsEvents.read(recorded);
    return event ? evolveVisitFormsDocument(doc, event) : doc;
  },
};
