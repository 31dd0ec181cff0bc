/**
 * Who plays which part in each chosen life event, and what a rule or a question sees of a person in its
 * own life events. Pure and total: a default condition that cannot be evaluated gives no default.
 *
 * A person's parts in an event: the clerk's assignment for that person and event when there is one;
 * otherwise the roles whose `defaultWhen` holds for them (a single role goes to the first such person,
 * unless someone was assigned it). An event without roles has one part, 対象者, played by the persons
 * marked concerned.
 */
import type { ParticipantRole, ParticipantsByEvent } from '../shared';
import type { LifeEventDefinition, ProcedureCatalogue } from './catalogue.types';
import { applyJsonLogic } from './json-logic';
import { isTruthy } from './json-logic-coercion';
import type { PersonFacts, ProposalContext } from './proposal-context';

/** The clerk's assignments: lifeEventId → personId → roles (an empty list: no part in that event). */
export type RoleAssignments = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** The chosen life events that are active in the catalogue, in catalogue order. */
export function chosenLifeEvents(catalogue: ProcedureCatalogue, lifeEventIds: readonly string[]): LifeEventDefinition[] {
  return catalogue.lifeEvents.filter(
    (event, index, all) => event.active && lifeEventIds.includes(event.id) && all.findIndex((other) => other.id === event.id) === index,
  );
}

function holds(expression: unknown, context: ProposalContext, person: PersonFacts): boolean {
  try {
    return isTruthy(applyJsonLogic(expression as never, { ...context, person }));
  } catch {
    return false;
  }
}

function eventParticipants(
  event: LifeEventDefinition,
  context: ProposalContext,
  assigned: Readonly<Record<string, readonly string[]>>,
): Partial<Record<ParticipantRole, string[]>> {
  const persons = context.persons;
  if (!event.roles || event.roles.length === 0) {
    return { subject: persons.filter((p) => (assigned[p.personId] ? assigned[p.personId]!.includes('subject') : p.concerned)).map((p) => p.personId) };
  }
  const result: Partial<Record<ParticipantRole, string[]>> = {};
  for (const definition of event.roles) {
    const explicit = persons.filter((p) => assigned[p.personId]?.includes(definition.role)).map((p) => p.personId);
    const byDefault =
      definition.defaultWhen === undefined
        ? []
        : persons.filter((p) => assigned[p.personId] === undefined && holds(definition.defaultWhen, context, p)).map((p) => p.personId);
    const players = definition.multiple
      ? persons.map((p) => p.personId).filter((id) => explicit.includes(id) || byDefault.includes(id))
      : explicit.length > 0
        ? explicit
        : byDefault.slice(0, 1);
    result[definition.role] = players;
  }
  return result;
}

/** Who plays which part, for every chosen life event. `context` is the context before parts are known. */
export function resolveParticipants(catalogue: ProcedureCatalogue, context: ProposalContext, assignments: RoleAssignments): ParticipantsByEvent {
  return Object.fromEntries(
    chosenLifeEvents(catalogue, context.lifeEvents).map((event) => [event.id, eventParticipants(event, context, assignments[event.id] ?? {})]),
  );
}

/** The roles of an event that make a person concerned in it (an event without roles: 対象者). */
export function concernedRoles(event: LifeEventDefinition): ReadonlySet<string> {
  if (!event.roles || event.roles.length === 0) return new Set(['subject']);
  return new Set(event.roles.filter((role) => role.concerned).map((role) => role.role));
}

/** Each person with their parts per event filled in, `concerned` and `roles` over all chosen events. */
export function withParticipants(catalogue: ProcedureCatalogue, context: ProposalContext, participants: ParticipantsByEvent): ProposalContext {
  const events = chosenLifeEvents(catalogue, context.lifeEvents);
  const persons = context.persons.map((person): PersonFacts => {
    const rolesIn: Record<string, string[]> = {};
    const concernedIn: string[] = [];
    for (const event of events) {
      const byRole = participants[event.id] ?? {};
      const roles = Object.entries(byRole).flatMap(([role, ids]) => (ids?.includes(person.personId) ? [role] : []));
      rolesIn[event.id] = roles;
      const concerning = concernedRoles(event);
      if (roles.some((role) => concerning.has(role))) concernedIn.push(event.id);
    }
    return {
      ...person,
      rolesIn,
      concernedIn,
      roles: [...new Set(Object.values(rolesIn).flat())],
      concerned: events.length === 0 ? person.concerned : concernedIn.length > 0,
    };
  });
  return { ...context, persons, participants };
}

/**
 * The context as a rule or a question of these life events sees it: a person is concerned, and plays
 * roles, in those events only; the household counts who leaves in those events.
 */
export function scopeToLifeEvents(
  catalogue: ProcedureCatalogue,
  context: ProposalContext,
  lifeEventIds: readonly string[],
  summarize: (persons: readonly PersonFacts[], concernedLeave: boolean) => ProposalContext['household'],
): ProposalContext {
  const events = chosenLifeEvents(catalogue, context.lifeEvents).filter((event) => lifeEventIds.includes(event.id));
  if (events.length === 0) return context;
  const ids = events.map((event) => event.id);
  const persons = context.persons.map((person): PersonFacts => ({
    ...person,
    concerned: person.concernedIn.some((id) => ids.includes(id)),
    roles: [...new Set(ids.flatMap((id) => person.rolesIn[id] ?? []))],
  }));
  const concernedLeave = events.some((event) => event.concernedLeaveHousehold === true);
  const person = context.person ? persons.find((p) => p.personId === context.person!.personId) : undefined;
  return { ...context, persons, household: summarize(persons, concernedLeave), ...(person ? { person } : {}) };
}
