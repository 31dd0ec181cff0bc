/** The household block the rules read: counts by age band, and who stays after the visit's events. */
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
