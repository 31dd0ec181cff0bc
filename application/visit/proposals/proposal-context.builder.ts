import { buildProposalContext, type PersonFacts, type ProcedureCatalogue, type ProposalContext } from '../../../domain/procedure';
import { ageInMonths, ageInYears } from '../../../domain/shared';
import type { ActiveVisit, VisitPerson } from '../../../domain/visit';

/** A visit's person as the rules see them, on a given day. */
export function personFacts(person: VisitPerson, day: string): PersonFacts {
  return {
    personId: person.personId,
    name: person.name,
    age: ageInYears(person.birthDate, day),
    ageMonths: ageInMonths(person.birthDate, day),
    sex: person.sex,
    relationship: person.relationship,
    isHouseholdHead: person.isHouseholdHead,
    concerned: person.concerned,
    ...person.facts,
  };
}

/** What the rules (and the interview's askIf) see of a visit on a given day. */
export function visitProposalContext(catalogue: ProcedureCatalogue, visit: ActiveVisit, day: string): ProposalContext {
  return buildProposalContext(catalogue, {
    lifeEvents: visit.lifeEventIds,
    answers: visit.answers,
    persons: visit.persons.map((p) => personFacts(p, day)),
  });
}
