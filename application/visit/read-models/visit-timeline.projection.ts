import type { VisitFormsEvent } from '../../../domain/form/visit-forms.events';
import type { VisitEvent } from '../../../domain/visit';
import { visitFormsEvents } from '../../form/form-events.reader';
import { domainEventOf } from '../../shared/events';
import type { RecordedEvent } from '../../shared/event-store';
import type { DocumentProjection } from '../../shared/projections';
import { visitEvents } from '../visit-events.reader';

/**
 * What the timeline keeps of a form event (Form's published events): who the form is, and what happened,
 * never its values or a signature's image.
 */
export type FormTimelineFact =
  | { readonly type: 'FormFilled'; readonly formId: string; readonly templateId: string; readonly personId: string | null }
  | { readonly type: 'FormCorrected'; readonly formId: string | null; readonly items: number }
  | { readonly type: 'FormSigned'; readonly formId: string; readonly fieldId: string }
  | {
      readonly type: 'FormPrinted';
      readonly formIds: readonly string[];
      readonly printer: string;
      /** The forms printed with required signature boxes empty, recorded as signed on paper, and the clerk's note. */
      readonly signedOnPaper: { readonly formIds: readonly string[]; readonly note: string } | null;
    }
  | { readonly type: 'FormVoided'; readonly formId: string; readonly reason: string };

interface EntryBase {
  /** The revision in its own stream (the visit's, or its forms'). */
  readonly revision: number;
  readonly at: string;
  readonly actor: string;
}

/** A visit event as it reads today (its current payload version), or what the timeline keeps of a form event. */
export type TimelineEntry = (EntryBase & { readonly stream: 'visit'; readonly event: VisitEvent }) | (EntryBase & { readonly stream: 'forms'; readonly event: FormTimelineFact });

/** A visit's events and its forms' events in the order they happened; the query words them in Japanese. */
export interface VisitTimelineDocument {
  readonly visitId: string;
  readonly entries: readonly TimelineEntry[];
}

function formFact(event: VisitFormsEvent): FormTimelineFact {
  switch (event.type) {
    case 'FormFilled':
      return { type: event.type, formId: event.data.formId, templateId: event.data.templateId, personId: event.data.personId };
    case 'FormCorrected':
      return { type: event.type, formId: event.data.formId, items: Object.keys(event.data.values).length };
    case 'FormSigned':
      return { type: event.type, formId: event.data.formId, fieldId: event.data.fieldId };
    case 'FormPrinted':
      return {
        type: event.type,
        formIds: event.data.formIds,
        printer: event.data.printer,
        signedOnPaper: event.data.signedOnPaper ? { formIds: event.data.signedOnPaper.forms.map((f) => f.formId), note: event.data.signedOnPaper.note } : null,
      };
    case 'FormVoided':
      return { type: event.type, formId: event.data.formId, reason: event.data.reason };
  }
}

function entryOf(recorded: RecordedEvent): { visitId: string; entry: TimelineEntry } | undefined {
  const visit = visitEvents.read(recorded);
  if (visit) {
    const entry: TimelineEntry = { stream: 'visit', revision: visit.revision, at: visit.metadata.occurredAt, actor: visit.metadata.actor, event: domainEventOf(visit) };
    return { visitId: visit.data.visitId, entry };
  }
  const form = visitFormsEvents.read(recorded);
  if (form) {
    const entry: TimelineEntry = { stream: 'forms', revision: form.revision, at: form.metadata.occurredAt, actor: form.metadata.actor, event: formFact(domainEventOf(form)) };
    return { visitId: form.data.visitId, entry };
  }
  return undefined;
}

export const visitTimelineProjection: DocumentProjection<VisitTimelineDocument> = {
  readModel: 'visit-timeline',
  // 2: entries hold the upcast payload. 3: the visit's form events too. 4: a print's 紙で署名済み note.
  version: 4,
  eventTypes: [...visitEvents.eventTypes, ...visitFormsEvents.eventTypes],
  keysOf: (recorded) => {
    const read = entryOf(recorded);
    return read ? [read.visitId] : [];
  },
  evolve: (doc, recorded, key) => {
    const entry = entryOf(recorded)?.entry;
    if (!entry) return doc;
    const timeline = doc ?? { visitId: key, entries: [] };
    if (timeline.entries.some((e) => e.stream === entry.stream && e.revision === entry.revision)) return timeline;
    return { ...timeline, entries: [...timeline.entries, entry] };
  },
};
