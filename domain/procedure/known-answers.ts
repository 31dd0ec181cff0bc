/**
 * What the visit already knows in place of an answer: a question's `knownFrom`, evaluated as the
 * question's life event sees the visit, gives its answer when the value is not null. The interview does
 * not ask those questions; the rules read the value as the answer.
 */
import type { ProcedureCatalogue, QuestionDefinition } from './catalogue.types';
import { applyJsonLogic } from './json-logic';
import { chosenLifeEvents, scopeToLifeEvents } from './participants';
import type { ProposalContext } from './proposal-context';
import { buildHouseholdSummary } from './household-summary';

/** The known value of a question in a context already scoped to its life event; undefined when not known. */
export function knownAnswer(question: QuestionDefinition, context: ProposalContext): unknown {
  if (question.knownFrom === undefined) return undefined;
  try {
    const value = applyJsonLogic(question.knownFrom, context);
    return value === null || value === undefined ? undefined : value;
  } catch {
    return undefined; // a broken condition must not hide a question
  }
}

/** Known answers of the chosen life events' questions, by question id (the first life event asking wins). */
export function knownAnswers(catalogue: ProcedureCatalogue, context: ProposalContext): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const event of chosenLifeEvents(catalogue, context.lifeEvents)) {
    const scoped = scopeToLifeEvents(catalogue, context, [event.id], buildHouseholdSummary);
    for (const question of event.questions) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      const value = knownAnswer(question, scoped);
      if (value !== undefined) known[question.id] = value;
    }
  }
  return known;
}
