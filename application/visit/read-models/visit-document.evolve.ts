import type { ProposedProcedureV1, VisitEvent, VisitPersonV1 } from '../../../domain/visit';
import type { RecordedDomainEvent } from '../../shared/events';
import type { ChecklistEntryDocument, VisitDocument, VisitPersonDocument } from './visit-document';

type Event = RecordedDomainEvent<VisitEvent>;

function person(p: VisitPersonV1): VisitPersonDocument {
  return { ...p, facts: { ...p.facts, insurance: { ...p.facts.insurance }, allowances: { ...p.facts.allowances } } };
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
    visitId: d.visitId,
    status: 'open',
    officeId: d.officeId,
    openedAt: d.openedAt,
    openedBy: d.openedBy,
    ticketNumber: d.ticketNumber,
    departmentId: d.departmentId,
    counterId: d.counterId,
    phase: 'in_service',
    persons: [],
    lifeEventIds: [],
    answers: {},
    checklist: [],
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
      return { ...doc, persons: [...doc.persons, person(event.data.person)] };
    case 'PersonRemovedFromVisit':
      return { ...doc, persons: doc.persons.filter((p) => p.personId !== event.data.personId) };
    case 'PersonConcernChanged':
      return { ...doc, persons: doc.persons.map((p) => (p.personId === event.data.personId ? { ...p, concerned: event.data.concerned } : p)) };
    case 'LifeEventsChosen':
      return { ...doc, lifeEventIds: [...event.data.lifeEventIds] };
    case 'InterviewAnswered':
      return { ...doc, answers: { ...doc.answers, ...event.data.answers } };
    case 'ProceduresProposed': {
      const updates = new Map(event.data.updated.map((p) => [p.procedureId, p]));
      const withdrawn = new Set(event.data.withdrawn);
      const kept = doc.checklist
        .filter((e) => !withdrawn.has(e.procedureId))
        .map((e) => {
          const update = updates.get(e.procedureId);
          return update ? { ...entry(update, e.origin, e.note), status: e.status, dropped: e.dropped } : e;
        });
      const changedDepartments = [...event.data.added, ...event.data.updated].map((p) => p.departmentId);
      return { ...doc, checklist: [...kept, ...event.data.added.map((p) => entry(p, 'proposed', null))], departmentsInvolved: involved(doc, ...changedDepartments) };
    }
    case 'ProcedureAddedByHand': {
      const p = event.data.procedure;
      return {
        ...doc,
        checklist: [...doc.checklist.filter((e) => e.procedureId !== p.procedureId), entry(p, 'manual', event.data.note)],
        departmentsInvolved: involved(doc, p.departmentId),
      };
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
