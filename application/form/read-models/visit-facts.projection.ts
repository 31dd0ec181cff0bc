import {
  answersAfter,
  personsAfter,
  proceduresAfterAddedByHand,
  proceduresAfterProposal,
  type ProposedProcedureV1,
  type VisitEvent,
  type VisitPersonV2,
} from '../../../domain/visit';
import type { RecordedDomainEvent } from '../../shared/events';
import type { DocumentProjection } from '../../shared/projections';
import { visitEvents } from '../../visit';
import type { VisitFactsDocument, VisitFactsPerson, VisitFactsProcedure } from './visit-facts.document';

type Event = RecordedDomainEvent<VisitEvent>;

/** The Visit events Form needs; the others (service started elsewhere, statuses) change nothing it uses. */
const eventTypes: readonly VisitEvent['type'][] = [
  'VisitOpened',
  'VisitServiceStarted',
  'VisitHandedOff',
  'PersonAddedToVisit',
  'PersonRemovedFromVisit',
  'PersonConcernChanged',
  'ParticipantsResolved',
  'LifeEventsChosen',
  'InterviewAnswered',
  'ProceduresProposed',
  'ProcedureAddedByHand',
  'ProcedureDropped',
  'VisitClosed',
  'VisitCancelled',
];

function person(p: VisitPersonV2): VisitFactsPerson {
  return {
    personId: p.personId,
    name: p.name,
    nameKana: p.nameKana,
    birthDate: p.birthDate,
    sex: p.sex,
    relationship: p.relationship,
    isHouseholdHead: p.isHouseholdHead,
    address: p.address,
    atenaNumber: p.atenaNumber,
    applicant: p.applicant,
    concerned: p.concerned,
    registered: p.facts.registered,
    details: { ...p.details },
  };
}

const procedure = (p: ProposedProcedureV1): VisitFactsProcedure => ({ procedureId: p.procedureId, personIds: [...p.personIds] });

/** A visit's facts after one more of its events. Total and idempotent (an event at or below the revision changes nothing). */
export function evolveVisitFacts(current: VisitFactsDocument | undefined, event: Event): VisitFactsDocument | undefined {
  if (event.type === 'VisitOpened') {
    if (current) return current;
    const d = event.data;
    return { visitId: d.visitId, status: 'open', officeId: d.officeId, departmentId: d.departmentId, ticketNumber: d.ticketNumber, persons: [], participants: {}, lifeEventIds: [], answers: {}, procedures: [], revision: event.revision };
  }
  if (!current || event.revision <= current.revision) return current;
  const doc: VisitFactsDocument = { ...current, revision: event.revision };
  switch (event.type) {
    case 'VisitServiceStarted':
      return { ...doc, departmentId: event.data.departmentId };
    case 'VisitHandedOff':
      return { ...doc, departmentId: event.data.toDepartmentId };
    case 'PersonAddedToVisit':
    case 'PersonRemovedFromVisit':
    case 'PersonConcernChanged':
      return { ...doc, persons: personsAfter(doc.persons, event, person) };
    case 'ParticipantsResolved':
      return { ...doc, participants: event.data.participants };
    case 'LifeEventsChosen':
      return { ...doc, lifeEventIds: [...event.data.lifeEventIds] };
    case 'InterviewAnswered':
      return { ...doc, answers: answersAfter(doc.answers, event.data) };
    case 'ProceduresProposed':
      return { ...doc, procedures: proceduresAfterProposal(doc.procedures, event.data, procedure) };
    case 'ProcedureAddedByHand':
      return { ...doc, procedures: proceduresAfterAddedByHand(doc.procedures, procedure(event.data.procedure)) };
    case 'ProcedureDropped':
      return { ...doc, procedures: doc.procedures.filter((p) => p.procedureId !== event.data.procedureId) };
    case 'VisitClosed':
      return doc.status === 'open' ? { ...doc, status: 'closed' } : doc;
    case 'VisitCancelled':
      return doc.status === 'open' ? { ...doc, status: 'cancelled' } : doc;
    default:
      return doc;
  }
}

/**
 * Form's own read model of the visits it fills forms for, fed by Visit's published events (read through
 * visitEvents, so upcasters apply), keyed by visit id.
 */
export const visitFactsProjection: DocumentProjection<VisitFactsDocument> = {
  readModel: 'form-visit-facts',
  // 2: persons' details and who plays which part (ParticipantsResolved).
  version: 2,
  eventTypes,
  keysOf: (recorded) => {
    const event = visitEvents.read(recorded);
    return event ? [event.data.visitId] : [];
  },
  evolve: (doc, recorded) => {
    const event = visitEvents.read(recorded);
    return event ? evolveVisitFacts(doc, event) : doc;
  },
};
