import {
  answersAfter,
  assignmentsAfterAssigned,
  assignmentsOfChosen,
  assignmentsWithout,
  personsAfter,
  proceduresAfterAddedByHand,
  proceduresAfterProposal,
  type ProposedProcedureV1,
  visitAtOpening,
  type VisitEvent,
  type VisitPersonV2,
} from '../../../domain/visit';
import type { RecordedDomainEvent } from '../../shared/events';
import type { ChecklistEntryDocument, VisitDocument, VisitPersonDocument } from './visit-document';

type Event = RecordedDomainEvent<VisitEvent>;

function person(p: VisitPersonV2): VisitPersonDocument {
  return { ...p, facts: { ...p.facts, insurance: { ...p.facts.insurance }, allowances: { ...p.facts.allowances } }, details: { ...p.details } };
}

function entry(p: ProposedProcedureV1, origin: ChecklistEntryDocument['origin'], note: string | null): ChecklistEntryDocument {
  return { procedureId: p.procedureId, departmentId: p.departmentId, personIds: [...p.personIds], reasons: [...p.reasons], ruleIds: [...p.ruleIds], origin, status: 'not_started', dropped: false, note };
}

function involved(doc: VisitDocument, ...departmentIds: string[]): readonly string[] {
  return [...new Set([...doc.departmentsInvolved, ...departmentIds])];
}

function withEntry(doc: VisitDocument, procedureId: string, change: (e: ChecklistEntryDocument) => ChecklistEntryDocument): VisitDocument {
  return { ...doc, checklist: doc.checklist.map((e) => (e.procedureId === procedureId ? change(e) : e)) };
}

function opened(event: Extract<Event, { type: 'VisitOpened' }>): VisitDocument {
  const d = event.data;
  return {
    ...visitAtOpening(d),
    status: 'open',
    endedAt: null,
    closeReason: null,
    cancelReason: null,
    revision: event.revision,
    since: d.openedAt,
    serviceSince: d.openedAt,
    handoffs: [],
    departmentsInvolved: [d.departmentId],
    lastChangedAt: event.metadata.occurredAt,
  };
}

/**
 * A visit's document after one more of its events (already read and upcast by visitEvents). Total and
 * idempotent: an event at or below the document's revision, or before the visit was opened, changes nothing.
 */
export function evolveVisitDocument(current: VisitDocument | undefined, event: Event): VisitDocument | undefined {
  if (event.type === 'VisitOpened') return current ?? opened(event);
  if (!current || event.revision <= current.revision) return current;
  const doc: VisitDocument = { ...current, revision: event.revision, lastChangedAt: event.metadata.occurredAt };
  switch (event.type) {
    case 'VisitServiceStarted':
      return { ...doc, departmentId: event.data.departmentId, counterId: event.data.counterId, phase: 'in_service', serviceSince: event.data.at };
    case 'PersonAddedToVisit':
    case 'PersonConcernChanged':
      return { ...doc, persons: personsAfter(doc.persons, event, person) };
    case 'PersonRemovedFromVisit':
      return { ...doc, persons: personsAfter(doc.persons, event, person), roleAssignments: assignmentsWithout(doc.roleAssignments, event.data.personId) };
    case 'ParticipantRolesAssigned':
      return { ...doc, roleAssignments: assignmentsAfterAssigned(doc.roleAssignments, event.data) };
    case 'ParticipantsResolved':
      return { ...doc, participants: event.data.participants };
    case 'LifeEventsChosen':
      return { ...doc, lifeEventIds: [...event.data.lifeEventIds], roleAssignments: assignmentsOfChosen(doc.roleAssignments, event.data) };
    case 'InterviewAnswered':
      return { ...doc, answers: answersAfter(doc.answers, event.data) };
    case 'ProceduresProposed': {
      const checklist = proceduresAfterProposal(doc.checklist, event.data, (p, before) =>
        before ? { ...entry(p, before.origin, before.note), status: before.status, dropped: before.dropped } : entry(p, 'proposed', null),
      );
      const changedDepartments = [...event.data.added, ...event.data.updated].map((p) => p.departmentId);
      return { ...doc, checklist, departmentsInvolved: involved(doc, ...changedDepartments) };
    }
    case 'ProcedureAddedByHand': {
      const p = event.data.procedure;
      return { ...doc, checklist: proceduresAfterAddedByHand(doc.checklist, entry(p, 'manual', event.data.note)), departmentsInvolved: involved(doc, p.departmentId) };
    }
    case 'ProcedureDropped':
      return withEntry(doc, event.data.procedureId, (e) => ({ ...e, dropped: true, note: event.data.reason }));
    case 'ProcedureStatusChanged':
      return withEntry(doc, event.data.procedureId, (e) => ({ ...e, status: event.data.to, note: event.data.note ?? e.note }));
    case 'VisitHandedOff': {
      const d = event.data;
      const handoff = { at: d.at, by: event.metadata.actor, fromDepartmentId: d.fromDepartmentId, toDepartmentId: d.toDepartmentId, toCounterId: d.toCounterId, note: d.note };
      return {
        ...doc,
        departmentId: d.toDepartmentId,
        counterId: d.toCounterId,
        phase: 'waiting',
        since: d.at,
        serviceSince: null,
        handoffs: [...doc.handoffs, handoff],
        departmentsInvolved: involved(doc, d.toDepartmentId),
      };
    }
    case 'VisitClosed':
      return doc.status === 'open' ? { ...doc, status: 'closed', endedAt: event.data.at, closeReason: event.data.reason } : doc;
    case 'VisitCancelled':
      return doc.status === 'open' ? { ...doc, status: 'cancelled', endedAt: event.data.at, cancelReason: event.data.reason } : doc;
    default:
      return doc;
  }
}
