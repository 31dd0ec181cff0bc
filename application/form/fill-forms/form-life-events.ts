import type { ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import { concernedRoles } from '../../../domain/procedure/participants';
import type { VisitFactsDocument } from '../read-models/visit-facts.document';

/**
 * Which of the visit's life events a form is for: those of its procedures' rules that the visit chose
 * (a 婚姻届 is the 婚姻's, a 転居届 the 転居's), in catalogue order; all chosen ones when no rule says.
 */
export function formLifeEvents(catalogue: ProcedureCatalogue, visit: VisitFactsDocument, procedureIds: readonly string[]): string[] {
  const ofRules = new Set(catalogue.rules.filter((rule) => procedureIds.includes(rule.procedureId)).flatMap((rule) => rule.lifeEventIds));
  const chosen = catalogue.lifeEvents.map((event) => event.id).filter((id) => visit.lifeEventIds.includes(id));
  const mine = chosen.filter((id) => ofRules.has(id));
  return mine.length > 0 ? mine : chosen;
}

/**
 * The persons concerned in those life events: those who play a part that makes them concerned (the
 * catalogue's roles; 対象者 for an event without roles), in household order. Before the visit recorded
 * who plays what, the persons marked concerned.
 */
export function concernedIn(catalogue: ProcedureCatalogue, visit: VisitFactsDocument, lifeEventIds: readonly string[]): string[] {
  const ids = new Set<string>();
  let known = false;
  for (const eventId of lifeEventIds) {
    const byRole = visit.participants[eventId];
    if (!byRole) continue;
    known = true;
    const event = catalogue.lifeEvents.find((e) => e.id === eventId);
    const concerning = event ? concernedRoles(event) : new Set(['subject']);
    for (const role of concerning) for (const id of byRole[role] ?? []) ids.add(id);
  }
  return known ? visit.persons.filter((p) => ids.has(p.personId)).map((p) => p.personId) : visit.persons.filter((p) => p.concerned).map((p) => p.personId);
}

/** The persons a form for these procedures lists: those the procedures name, or else the concerned. */
export function procedurePersons(visit: VisitFactsDocument, procedureIds: readonly string[], concerned: readonly string[]): string[] {
  const named = new Set(visit.procedures.filter((p) => procedureIds.includes(p.procedureId)).flatMap((p) => p.personIds));
  return named.size > 0 ? visit.persons.filter((p) => named.has(p.personId)).map((p) => p.personId) : [...concerned];
}
