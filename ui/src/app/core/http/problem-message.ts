import { HttpErrorResponse } from '@angular/common/http';

/** RFC 9457 problem details as the server sends them (`detail` is a Japanese message for the clerk). */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly code?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
}

function isProblem(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && typeof (body as ProblemDetails).detail === 'string';
}

/** The Japanese message to show a clerk for a failed call. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return '予期しないエラーが発生しました。';
  if (isProblem(error.error) && error.error.detail) return error.error.detail;
  if (error.status === 0) return 'サーバーに接続できません。ネットワークの状態を確認してください。';
  if (error.status === 429) return '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。';
  if (error.status === 403) return 'この操作を行う権限がありません。';
  if (error.status === 404) return '対象が見つかりません。';
  return `エラーが発生しました（${error.status}）。時間をおいて、もう一度お試しください。`;
}

/** The problem details of a failed call, if the server sent some. */
export function problemOf(error: unknown): ProblemDetails | null {
  return error instanceof HttpErrorResponse && typeof error.error === 'object' && error.error !== null
    ? (error.error as ProblemDetails)
    : null;
}

/** 409 (someone else wrote at the same moment) or 412 (the screen showed an older state). */
export function isConflict(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 409 || error.status === 412);
}
