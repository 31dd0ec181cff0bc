/**
 * Building the proposal context from what the Visit knows: the persons with their parts in each chosen
 * life event, the household, and the answers with what the visit already knows.
 */
import type { ProcedureCatalogue } from './catalogue.types';
import { buildHouseholdSummary } from './household-summary';
import { knownAnswers } from './known-answers';
import { chosenLifeEvents, resolveParticipants, type RoleAssignments, withParticipants } from './participants';
import type { PersonFacts, ProposalContext } from './proposal-context';

/** A person as the Visit knows them, before their parts in the life events are worked out. */
export type PersonInput = Omit<PersonFacts, 'roles' | 'rolesIn' | 'concernedIn'>;

export interface ProposalContextInput {
  readonly lifeEvents: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly persons: readonly PersonInput[];
  /** The clerk's role assignments per life event and person (absent: the defaults of the catalogue). */
  readonly assignments?: RoleAssignments;
}

/**
 * The context for the rules: the persons with their parts in each chosen life event, the household (the
 * concerned leave when a chosen life event says so) and the answers, with what the visit already knows
 * (questions' knownFrom) in place of an answer.
 */
export function buildProposalContext(catalogue: ProcedureCatalogue, input: ProposalContextInput): ProposalContext {
  const concernedLeave = chosenLifeEvents(catalogue, input.lifeEvents).some((event) => event.concernedLeaveHousehold === true);
  const persons: PersonFacts[] = input.persons.map((person) => ({ ...person, roles: [], rolesIn: {}, concernedIn: [] }));
  const before: ProposalContext = {
    lifeEvents: input.lifeEvents,
    answers: input.answers,
    household: buildHouseholdSummary(persons, concernedLeave),
    persons,
    participants: {},
  };
  const placed = withParticipants(catalogue, before, resolveParticipants(catalogue, before, input.assignments ?? {}));
  const context: ProposalContext = { ...placed, household: buildHouseholdSummary(placed.persons, concernedLeave) };
  return { ...context, answers: { ...input.answers, ...knownAnswers(catalogue, context) } };
}
