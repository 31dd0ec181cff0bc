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
  replayFailed: (processor: string, error: string) =>
    new DomainError(
      'PROCESSING.REPLAY_FAILED',
      'invalid',
      `処理「${processor}」はこのイベントをまだ処理できません（${error}）。処理を修正してから、もう一度再適用してください。`,
    ),
};
