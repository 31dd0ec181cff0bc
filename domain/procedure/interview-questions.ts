/**
 * The interview: which questions staff ask for the chosen life events. A question id is asked once per
 * visit even when several life events share it (the first definition wins); askIf is evaluated over the
 * same context as the rules (without `person`), as the question's life event sees the visit. A question
 * whose answer the visit already knows (knownFrom) is not asked.
 */
import type { ProcedureCatalogue, QuestionDefinition } from './catalogue.types';
import { applyJsonLogic } from './json-logic';
import { isTruthy } from './json-logic-coercion';
import { buildHouseholdSummary } from './household-summary';
import { knownAnswer } from './known-answers';
import { chosenLifeEvents, scopeToLifeEvents } from './participants';
import type { ProposalContext } from './proposal-context';

function shouldAsk(question: QuestionDefinition, context: ProposalContext): boolean {
  if (question.askIf === undefined) return true;
  try {
    return isTruthy(applyJsonLogic(question.askIf, context));
  } catch {
    return true; // a broken condition must not hide a question: asking too much is the safe side
  }
}

/** The questions to ask now, in catalogue order (life event by life event). */
export function selectInterviewQuestions(catalogue: ProcedureCatalogue, context: ProposalContext): QuestionDefinition[] {
  const seen = new Set<string>();
  const questions: QuestionDefinition[] = [];
  for (const event of chosenLifeEvents(catalogue, context.lifeEvents)) {
    const scoped = scopeToLifeEvents(catalogue, context, [event.id], buildHouseholdSummary);
    for (const question of event.questions) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      if (knownAnswer(question, scoped) === undefined && shouldAsk(question, scoped)) questions.push(question);
    }
  }
  return questions;
}
