import { DomainError } from '../../../domain/shared';

/** Someone else changed the same record between our read and our write (HTTP 409). */
export class ConcurrencyConflictError extends DomainError {
  constructor(readonly streamId: string) {
    super(
      'CONCURRENCY.CONFLICT',
      'conflict',
      '他の職員が同じ記録を先に更新しました。画面を最新の状態に更新してから、もう一度操作してください。',
    );
    this.name = 'ConcurrencyConflictError';
  }
}

/** The screen showed an older revision than the stored one (If-Match was stale, HTTP 412). */
export class StaleRevisionError extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number | undefined,
  ) {
    super(
      'CONCURRENCY.STALE_REVISION',
      'conflict',
      'この画面の内容は古くなっています。他の職員が更新しました。最新の状態を表示してから、もう一度操作してください。',
    );
    this.name = 'StaleRevisionError';
  }
}
