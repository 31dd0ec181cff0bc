/** RFC 9457 problem details, as every error leaves the API. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** Stable machine-readable code, e.g. VISIT.ALREADY_CLOSED. */
  readonly code: string;
  readonly errors?: ReadonlyArray<{ readonly field: string; readonly message: string }>;
  readonly instance?: string;
}

/** An error raised at the HTTP edge (bad body, no session, missing CSRF token). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: ProblemDetails['errors'],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export const httpTitles: Readonly<Record<number, string>> = {
  400: '入力内容に誤りがあります',
  401: 'ログインが必要です',
  403: '権限がありません',
  404: '見つかりません',
  409: '他の操作と競合しました',
  412: '表示中の内容が古くなっています',
  413: '送信内容が大きすぎます',
  415: '送信形式に対応していません',
  422: '処理できない内容です',
  429: '操作が多すぎます',
  500: 'システムエラー',
  503: '一時的に利用できません',
};
