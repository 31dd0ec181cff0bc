import type { CommandMetadata } from '../../../domain/shared';
import { DomainError } from '../../../domain/shared';
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

  answer(visitId: string, answers: Readonly<Record<string, unknown>>, metadata: CommandMetadata, expectedRevision?: number) {
    const known = new Set(this.catalogue.current().catalogue.lifeEvents.flatMap((e) => e.questions.map((q) => q.id)));
    const unknown = Object.keys(answers).filter((id) => !known.has(id));
    if (unknown.length > 0) throw new DomainError('PROCEDURE.UNKNOWN_QUESTION', 'invalid', `登録されていない質問への回答です: ${unknown.join('、')}`);
    return this.visits.run(visitId, [{ type: 'AnswerInterview', data: { visitId, answers }, metadata }], metadata, { expectedRevision, repropose: true });
  }
}
