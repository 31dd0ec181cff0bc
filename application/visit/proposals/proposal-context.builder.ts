import { buildProposalContext, type PersonFacts, type ProcedureCatalogue, type ProposalContext } from '../../../domain/procedure';
import { ageInMonths, ageInYears } from '../../../domain/shared';
import type { VisitPerson } from '../../../domain/visit';

/** What the rules read of a person: the aggregate's person on the command side, a document's for the interview. */
export type PersonForRules = Pick<VisitPerson, 'personId' | 'name' | 'birthDate' | 'sex' | 'relationship' | 'isHouseholdHead' | 'concerned' | 'facts'>;

/** What the rules read of a visit. */
export interface VisitForRules {
  readonly lifeEventIds: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly persons: readonly PersonForRules[];
}

/** A visit's person as the rules see them, on a given day. */
export function personFacts(person: PersonForRules, day: string): PersonFacts {
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
export function visitProposalContext(catalogue: ProcedureCatalogue, visit: VisitForRules, day: string): ProposalContext {
  return buildProposalContext(catalogue, {
    lifeEvents: visit.lifeEventIds,
    answers: visit.answers,
    persons: visit.persons.map((p) => personFacts(p, day)),
  });
}
