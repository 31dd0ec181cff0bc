import { isCalendarDate } from '../shared';
import type { LifeEventDefinition, QuestionDefinition } from './catalogue.types';

export interface AnswerProblem {
  /** answers.<question id> */
  readonly field: string;
  /** Japanese, for the clerk. */
  readonly message: string;
}

/** Longest free-text answer. */
export const maxTextAnswerLength = 500;

function problemOf(question: QuestionDefinition, value: unknown): string | undefined {
  if (value === null) return undefined; // clears the answer
  const choices = new Set((question.choices ?? []).map((choice) => choice.value));
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'はい・いいえで答えてください。';
    case 'choice':
      return typeof value === 'string' && choices.has(value) ? undefined : '選択肢の中から選んでください。';
    case 'multi-choice':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && choices.has(item)) && new Set(value).size === value.length
        ? undefined
        : '選択肢の中から（重ねずに）選んでください。';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1_000_000 ? undefined : '0 以上の数で答えてください。';
    case 'date':
      return isCalendarDate(value) ? undefined : '実在する日付（YYYY-MM-DD）で答えてください。';
    case 'text':
      return typeof value === 'string' && value.length <= maxTextAnswerLength ? undefined : `${maxTextAnswerLength}文字以内の文で答えてください。`;
  }
}

/**
 * Every problem of a set of interview answers against the questions of the chosen life events: an answer to
 * a question that no chosen event asks, or one that does not fit the question's type and choices (null
 * clears an answer and always fits). Empty: the answers may be recorded.
 */
export function answerProblems(
  lifeEvents: readonly LifeEventDefinition[],
  chosenLifeEventIds: readonly string[],
  answers: Readonly<Record<string, unknown>>,
): AnswerProblem[] {
  const chosen = new Set(chosenLifeEventIds);
  const asked = new Map<string, QuestionDefinition>();
  const known = new Set<string>();
  for (const event of lifeEvents) {
    for (const question of event.questions) {
      known.add(question.id);
      if (chosen.has(event.id)) asked.set(question.id, question);
    }
  }
  return Object.entries(answers).flatMap(([id, value]): AnswerProblem[] => {
    const field = `answers.${id}`;
    const question = asked.get(id);
    if (!question) {
      return [{ field, message: known.has(id) ? `質問「${id}」は選ばれたライフイベントの質問ではありません。` : `質問「${id}」は登録されていません。` }];
    }
    const problem = problemOf(question, value);
    return problem ? [{ field, message: `「${question.text}」: ${problem}` }] : [];
  });
}
