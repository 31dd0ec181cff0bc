import type { ProposedProcedureV1, VisitPersonV2 } from './visit-event-payloads';
import type {
  InterviewAnsweredV1,
  LifeEventsChosenV1,
  ParticipantRolesAssignedV1,
  PersonAddedToVisit,
  PersonConcernChanged,
  PersonRemovedFromVisit,
  ProceduresProposedV1,
  VisitOpenedV2,
} from './visit.events';

/*
 * What Visit's events mean for the parts of a visit that every fold of them keeps: one definition for the
 * aggregate's state (visit.evolve.ts), Visit's read models and other contexts' read models (published by
 * domain/visit/index.ts). Generic over the shape each keeps: the rule is shared, each keeps its own types.
 * Pure and total.
 */

/** A visit as it opens: at the counter that received it, in service there, nothing known yet. */
export interface VisitAtOpening extends Pick<VisitOpenedV2, 'visitId' | 'officeId' | 'openedAt' | 'openedBy' | 'ticketNumber' | 'departmentId' | 'counterId'> {
  readonly phase: 'in_service';
  readonly persons: readonly [];
  readonly roleAssignments: Readonly<Record<string, never>>;
  readonly participants: Readonly<Record<string, never>>;
  readonly lifeEventIds: readonly [];
  readonly answers: Readonly<Record<string, never>>;
  readonly checklist: readonly [];
}

export function visitAtOpening(opened: VisitOpenedV2): VisitAtOpening {
  return {
    visitId: opened.visitId,
    officeId: opened.officeId,
    openedAt: opened.openedAt,
    openedBy: opened.openedBy,
    ticketNumber: opened.ticketNumber,
    departmentId: opened.departmentId,
    counterId: opened.counterId,
    phase: 'in_service',
    persons: [],
    roleAssignments: {},
    participants: {},
    lifeEventIds: [],
    answers: {},
    checklist: [],
  };
}

export type VisitPersonEvent = PersonAddedToVisit | PersonRemovedFromVisit | PersonConcernChanged;

/** The persons after one of the person events: an added one comes last, a removed one goes, a concern changes in place. */
export function personsAfter<P extends { readonly personId: string; readonly concerned: boolean }>(
  persons: readonly P[],
  event: VisitPersonEvent,
  fromPayload: (person: VisitPersonV2) => P,
): readonly P[] {
  switch (event.type) {
    case 'PersonAddedToVisit':
      return [...persons, fromPayload(event.data.person)];
    case 'PersonRemovedFromVisit':
      return persons.filter((p) => p.personId !== event.data.personId);
    case 'PersonConcernChanged':
      return persons.map((p) => (p.personId === event.data.personId ? { ...p, concerned: event.data.concerned } : p));
  }
}

type Assignments = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** The clerk's assignments after one: set for the person in the event, or gone (null: back to the default). */
export function assignmentsAfterAssigned(assignments: Assignments, assigned: ParticipantRolesAssignedV1): Assignments {
  const { [assigned.personId]: _previous, ...others } = assignments[assigned.lifeEventId] ?? {};
  const inEvent = assigned.roles === null ? others : { ...others, [assigned.personId]: [...assigned.roles] };
  return { ...assignments, [assigned.lifeEventId]: inEvent };
}

/** A removed person plays no part any more. */
export function assignmentsWithout(assignments: Assignments, personId: string): Assignments {
  return Object.fromEntries(Object.entries(assignments).map(([event, byPerson]) => [event, Object.fromEntries(Object.entries(byPerson).filter(([id]) => id !== personId))]));
}

/** Assignments of life events no longer chosen go with them. */
export function assignmentsOfChosen(assignments: Assignments, chosen: LifeEventsChosenV1): Assignments {
  return Object.fromEntries(Object.entries(assignments).filter(([event]) => chosen.lifeEventIds.includes(event)));
}

/** The answers after InterviewAnswered, which records only the answers that changed. */
export function answersAfter(answers: Readonly<Record<string, unknown>>, answered: InterviewAnsweredV1): Readonly<Record<string, unknown>> {
  return { ...answers, ...answered.answers };
}

/**
 * The procedures after ProceduresProposed: withdrawn ones go, updated ones change in place (`item` gets the
 * one they were), added ones come last.
 */
export function proceduresAfterProposal<T extends { readonly procedureId: string }>(
  procedures: readonly T[],
  proposal: ProceduresProposedV1,
  item: (procedure: ProposedProcedureV1, before: T | undefined) => T,
): readonly T[] {
  const updates = new Map(proposal.updated.map((p) => [p.procedureId, p]));
  const withdrawn = new Set(proposal.withdrawn);
  const kept = procedures
    .filter((p) => !withdrawn.has(p.procedureId))
    .map((p) => {
      const update = updates.get(p.procedureId);
      return update ? item(update, p) : p;
    });
  return [...kept, ...proposal.added.map((p) => item(p, undefined))];
}

/** The procedures after ProcedureAddedByHand: it takes the place of one with the same id, last. */
export function proceduresAfterAddedByHand<T extends { readonly procedureId: string }>(procedures: readonly T[], added: T): readonly T[] {
  return [...procedures.filter((p) => p.procedureId !== added.procedureId), added];
}
