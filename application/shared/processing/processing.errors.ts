import { DomainError } from '../../../domain/shared';

/** Why an admin's dead-letter action was refused, with a Japanese message to act on. */
export const processingErrors = {
  deadLetterNotFound: (id: number) =>
    new DomainError('PROCESSING.DEAD_LETTER_NOT_FOUND', 'not_found', `処理できなかったイベントの記録（番号 ${id}）は見つかりません。`),
  alreadyResolved: (id: number) =>
    new DomainError('PROCESSING.DEAD_LETTER_RESOLVED', 'conflict', `記録（番号 ${id}）は解決済みです。再適用の必要はありません。`),
  unknownProcessor: (processor: string) =>
    new DomainError('PROCESSING.UNKNOWN_PROCESSOR', 'conflict', `処理「${processor}」はこのシステムにもうありません。再適用できません。`),
  eventMissing: (id: number) =>
    new DomainError(
      'PROCESSING.EVENT_MISSING',
      'conflict',
      `記録（番号 ${id}）のイベントがイベントストアに見つかりません。イベントストアが入れ替わった可能性があります。`,
    ),
  heldBehind: (id: number, earlier: number) =>
    new DomainError(
      'PROCESSING.DEAD_LETTER_HELD',
      'conflict',
      `記録（番号 ${id}）は、同じストリームの先のイベントの記録（番号 ${earlier}）が未解決のため、まだ再適用できません。先に番号 ${earlier} を再適用してください（後に続く記録も順に再適用されます）。`,
    ),
  appliedOutOfOrder: (id: number, processor: string) =>
    new DomainError(
      'PROCESSING.REPLAY_OUT_OF_ORDER',
      'conflict',
      `記録（番号 ${id}）のイベントより後の同じストリームのイベントが、処理「${processor}」にすでに適用されています。いま再適用しても正しい内容にならないため、再適用しません。サーバーを止めて読み取りモデルを再構築してください（npm run projections:rebuild）。`,
    ),
  replayFailed: (processor: string, error: string) =>
    new DomainError(
      'PROCESSING.REPLAY_FAILED',
      'invalid',
      `処理「${processor}」はこのイベントをまだ処理できません（${error}）。処理を修正してから、もう一度再適用してください。`,
    ),
};
