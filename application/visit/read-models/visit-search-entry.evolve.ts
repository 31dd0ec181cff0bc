import { kanaMatchKey, nameMatchKey } from '../../../domain/linkage';
import {
  personsAfter,
  proceduresAfterAddedByHand,
  proceduresAfterProposal,
  type ProposedProcedureV1,
  type VisitEvent,
  type VisitPersonV1,
} from '../../../domain/visit';
import type { RecordedDomainEvent } from '../../shared/events';
import type { VisitSearchEntryDocument, VisitSearchPersonDocument, VisitSearchProcedureDocument } from './visit-search.document';

type Event = RecordedDomainEvent<VisitEvent>;
function person(p: VisitPersonV1): VisitSearchPersonDocument {
  return { personId: p.personId, name: p.name, nameKana: p.nameKana, applicant: p.applicant, concerned: p.concerned, nameKey: nameMatchKey(p.name), kanaKey: kanaMatchKey(p.nameKana) };
}

function procedure(p: ProposedProcedureV1): VisitSearchProcedureDocument {
  return { procedureId: p.procedureId, departmentId: p.departmentId, status: 'not_started', dropped: false };
}

function involved(doc: VisitSearchEntryDocument, ...departmentIds: string[]): readonly string[] {
  return [...new Set([...doc.departmentsInvolved, ...departmentIds])];
}

/** The entry with its procedures replaced and the counts the table shows recounted. */
function withProcedures(doc: VisitSearchEntryDocument, procedures: readonly VisitSearchProcedureDocument[]): VisitSearchEntryDocument {
  const live = procedures.filter((p) => !p.dropped);
  return {
    ...doc,
    procedures,
    proceduresDone: live.filter((p) => p.status === 'done').length,
    proceduresOpen: live.filter((p) => p.status === 'not_started' || p.status === 'in_progress').length,
  };
}

function opened(event: Extract<Event, { type: 'VisitOpened' }>, openedDay: string): VisitSearchEntryDocument {
  const d = event.data;
  return {
    kind: 'visit',
    visitId: d.visitId,
    officeId: d.officeId,
    openedAt: d.openedAt,
    openedDay,
    ticketNumber: d.ticketNumber,
    status: 'open',
    phase: 'in_service',
    departmentsInvolved: [d.departmentId],
    persons: [],
    lifeEventIds: [],
    procedures: [],
    proceduresDone: 0,
    proceduresOpen: 0,
    closedAt: null,
    revision: event.revision,
  };
}

/**
 * A visit's search entry after one more of its events (read and upcast by visitEvents). Total and
 * idempotent: an event at or below the entry's revision, or before the visit was opened, changes nothing.
 * The departments taking part follow the same rule as the workspace's document, which the guard reads.
 */
export function evolveVisitSearchEntry(current: VisitSearchEntryDocument | undefined, event: Event, localDay: (instant: string) => string): VisitSearchEntryDocument | undefined {
  if (event.type === 'VisitOpened') return current ?? opened(event, localDay(event.data.openedAt));
  if (!current || event.revision <= current.revision) return current;
  const doc: VisitSearchEntryDocument = { ...current, revision: event.revision };
  switch (event.type) {
    case 'VisitServiceStarted':
      return { ...doc, phase: 'in_service' };
    case 'PersonAddedToVisit':
    case 'PersonRemovedFromVisit':
    case 'PersonConcernChanged':
      return { ...doc, persons: personsAfter(doc.persons, event, person) };
    case 'LifeEventsChosen':
      return { ...doc, lifeEventIds: [...event.data.lifeEventIds] };
    case 'ProceduresProposed': {
      const procedures = proceduresAfterProposal(doc.procedures, event.data, (p, before) => (before ? { ...before, departmentId: p.departmentId } : procedure(p)));
      const changedDepartments = [...event.data.added, ...event.data.updated].map((p) => p.departmentId);
      return withProcedures({ ...doc, departmentsInvolved: involved(doc, ...changedDepartments) }, procedures);
    }
    case 'ProcedureAddedByHand': {
      const p = event.data.procedure;
      return withProcedures({ ...doc, departmentsInvolved: involved(doc, p.departmentId) }, proceduresAfterAddedByHand(doc.procedures, procedure(p)));
    }
    case 'ProcedureDropped':
      return withProcedures(doc, doc.procedures.map((p) => (p.procedureId === event.data.procedureId ? { ...p, dropped: true } : p)));
    case 'ProcedureStatusChanged':
      return withProcedures(doc, doc.procedures.map((p) => (p.procedureId === event.data.procedureId ? { ...p, status: event.data.to } : p)));
    case 'VisitHandedOff':
      return { ...doc, phase: 'waiting', departmentsInvolved: involved(doc, event.data.toDepartmentId) };
    case 'VisitClosed':
      return doc.status === 'open' ? { ...doc, status: 'closed', closedAt: event.data.at } : doc;
    case 'VisitCancelled':
      return doc.status === 'open' ? { ...doc, status: 'cancelled', closedAt: event.data.at } : doc;
    default:
      // Answers, participants' roles and any later event say nothing the search shows.
      return doc;
  }
}
