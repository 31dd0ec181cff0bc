import type { PersonFacts, ProposalContext } from '../../../domain/procedure/proposal-context';
import { ageInMonths, ageInYears } from '../../../domain/shared';
import type { ActiveVisit, VisitPerson } from '../../../domain/visit';

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

/** What the rules see of a visit on a given day. */
export function buildProposalContext(visit: ActiveVisit, day: string): ProposalContext {
  const persons = visit.persons.map((p) => personFacts(p, day));
  const count = (test: (p: PersonFacts) => boolean) => persons.filter(test).length;
  return {
    lifeEvents: visit.lifeEventIds,
    answers: visit.answers,
    persons,
    household: {
      size: persons.length,
      children: count((p) => p.age < 18),
      under16: count((p) => p.age < 16),
      under19: count((p) => p.age < 19),
      over64: count((p) => p.age >= 65),
      over74: count((p) => p.age >= 75),
      remainingAfter: count((p) => !p.concerned),
    },
  };
}
