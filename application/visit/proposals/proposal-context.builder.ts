import { buildProposalContext, type PersonInput, type ProcedureCatalogue, type ProposalContext, type RoleAssignments } from '../../../domain/procedure';
import { ageInMonths, ageInYears } from '../../../domain/shared';
import type { VisitPerson } from '../../../domain/visit';

/** What the rules read of a person: the aggregate's person on the command side, a document's for the interview. */
export type PersonForRules = Pick<
  VisitPerson,
  'personId' | 'name' | 'birthDate' | 'sex' | 'relationship' | 'isHouseholdHead' | 'concerned' | 'applicant' | 'facts' | 'details'
>;

/** What the rules read of a visit. */
export interface VisitForRules {
  readonly lifeEventIds: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly persons: readonly PersonForRules[];
  readonly roleAssignments: RoleAssignments;
}

/** Whether an address lies in the prefecture: true, false, or null when either is not known. */
function inPrefecture(address: string | null, prefecture: string): boolean | null {
  if (address === null || address.trim() === '' || prefecture === '') return null;
  return address.trim().startsWith(prefecture);
}

/** A visit's person as the rules see them, on a given day; `prefecture` (岩手県) tells 県内 from 県外. */
export function personFacts(person: PersonForRules, day: string, prefecture = ''): PersonInput {
  const { details } = person;
  return {
    personId: person.personId,
    name: person.name,
    age: ageInYears(person.birthDate, day),
    ageMonths: ageInMonths(person.birthDate, day),
    sex: person.sex,
    relationship: person.relationship,
    isHouseholdHead: person.isHouseholdHead,
    concerned: person.concerned,
    applicant: person.applicant,
    ...person.facts,
    nationality: details.nationality,
    foreign: details.nationality !== null,
    residenceStatus: details.residenceStatus,
    previousAddress: details.previousAddress,
    previousAddressInPrefecture: inPrefecture(details.previousAddress, prefecture),
    movedOn: details.movedOn,
  };
}

/** What the rules (and the interview's askIf) see of a visit on a given day. */
export function visitProposalContext(catalogue: ProcedureCatalogue, visit: VisitForRules, day: string, prefecture = ''): ProposalContext {
  return buildProposalContext(catalogue, {
    lifeEvents: visit.lifeEventIds,
    answers: visit.answers,
    persons: visit.persons.map((p) => personFacts(p, day, prefecture)),
    assignments: visit.roleAssignments,
  });
}
