/**
 * Building the proposal context: the household block the rules read (counts by age band) and the
 * context itself, from the persons the Visit context knows and the interview answers.
 */
import type { ProcedureCatalogue } from './catalogue.types';
import type { PersonFacts, ProposalContext } from './proposal-context';

const count = (persons: readonly PersonFacts[], test: (person: PersonFacts) => boolean): number =>
  persons.filter(test).length;

/**
 * size: everyone known; children: under 18 (未成年); under16: 0-15 (中学生まで); under19: 0-18
 * (高校生年代まで); over64: 65+; over74: 75+; remainingAfter: those who stay in the household after the
 * visit's events (everyone, or only the persons not concerned when the concerned leave).
 */
export function buildHouseholdSummary(
  persons: readonly PersonFacts[],
  concernedLeave = false,
): ProposalContext['household'] {
  return {
    size: persons.length,
    children: count(persons, (person) => person.age < 18),
    under16: count(persons, (person) => person.age <= 15),
    under19: count(persons, (person) => person.age <= 18),
    over64: count(persons, (person) => person.age >= 65),
    over74: count(persons, (person) => person.age >= 75),
    remainingAfter: concernedLeave ? count(persons, (person) => !person.concerned) : persons.length,
  };
}

export interface ProposalContextInput {
  readonly lifeEvents: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly persons: readonly PersonFacts[];
}

/** The context for the rules; the concerned leave when any chosen active life event says so. */
export function buildProposalContext(catalogue: ProcedureCatalogue, input: ProposalContextInput): ProposalContext {
  const concernedLeave = catalogue.lifeEvents.some(
    (event) => event.active && event.concernedLeaveHousehold === true && input.lifeEvents.includes(event.id),
  );
  return {
    lifeEvents: input.lifeEvents,
    answers: input.answers,
    household: buildHouseholdSummary(input.persons, concernedLeave),
    persons: input.persons,
  };
}
