import type { CommandMetadata } from '../../../domain/shared';
import { answerProblems } from '../../../domain/procedure';
import { DomainError } from '../../../domain/shared';
import type { VisitCommand, VisitState } from '../../../domain/visit';
import type { CatalogueQueries } from '../../procedure';
import type { VisitCommandRunner } from '../visit-command.runner';

/** The interview: which life events, and the answers; each change re-runs the proposal rules. */
export class InterviewHandler {
  constructor(
    private readonly catalogue: CatalogueQueries,
    private readonly visits: VisitCommandRunner,
  ) {}

  chooseLifeEvents(visitId: string, lifeEventIds: readonly string[], metadata: CommandMetadata, expectedRevision?: number) {
    for (const id of lifeEventIds) {
      const lifeEvent = this.catalogue.lifeEvent(id);
      if (!lifeEvent || !lifeEvent.active) throw new DomainError('PROCEDURE.UNKNOWN_LIFE_EVENT', 'invalid', `ライフイベント「${id}」は登録されていません。`);
    }
    return this.visits.run(visitId, [{ type: 'ChooseLifeEvents', data: { visitId, lifeEventIds }, metadata }], metadata, { expectedRevision, repropose: true });
  }

  /** Answers are checked against the questions of the visit's chosen life events: their type and choices. */
  answer(visitId: string, answers: Readonly<Record<string, unknown>>, metadata: CommandMetadata, expectedRevision?: number) {
    const { lifeEvents } = this.catalogue.current().catalogue;
    const step = (state: VisitState): VisitCommand => {
      const problems = answerProblems(lifeEvents, state.status === 'none' ? [] : state.lifeEventIds, answers);
      if (problems.length > 0) {
        throw new DomainError('VISIT.INVALID_ANSWERS', 'invalid', `回答を確認してください（${problems.length}件）: ${problems[0]!.message}`, problems);
      }
      return { type: 'AnswerInterview', data: { visitId, answers }, metadata };
    };
    return this.visits.run(visitId, [step], metadata, { expectedRevision, repropose: true });
  }
}
