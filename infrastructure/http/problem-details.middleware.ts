import type { ErrorRequestHandler } from 'express';
import { StaleRevisionError } from '../../application/shared/command-handling';
import { EventStoreUnavailableError } from '../../application/shared/event-store';
import type { Logger } from '../../application/shared/ports';
import { DomainError, type DomainErrorKind } from '../../domain/shared';
import { safeErrorFields } from '../observability/error-log-fields';
import { routePatternOf } from '../observability/route-pattern';
import { HttpProblem, httpTitles, type ProblemDetails } from './http-problem';

const statusByKind: Readonly<Record<DomainErrorKind, number>> = {
  invalid: 422,
  conflict: 409,
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
};

function toProblem(error: unknown): ProblemDetails {
  if (error instanceof HttpProblem) return problem(error.status, error.code, error.detail, error.errors);
  if (error instanceof StaleRevisionError) return problem(412, error.code, error.message);
  if (error instanceof DomainError) return problem(statusByKind[error.kind], error.code, error.message, error.details);
  if (error instanceof EventStoreUnavailableError) {
    return problem(503, error.code, 'イベントストアに接続できません。しばらく待ってから、もう一度操作してください。');
  }
  if (isBodyParserError(error)) {
    return problem(400, 'HTTP.MALFORMED_BODY', '送信された内容を読み取れません（JSON の形式が正しくありません）。');
  }
  const clientStatus = clientErrorStatus(error);
  if (clientStatus !== undefined) return problem(clientStatus, 'HTTP.BAD_REQUEST', 'リクエストの形式が正しくありません。');
  return problem(500, 'SYSTEM.UNEXPECTED', 'システムエラーが発生しました。操作は記録されていません。もう一度お試しください。');
}

/** An error that Express or a library marked as the client's fault (http-errors' status 4xx). */
function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function isBodyParserError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'type' in error && (error as { type: unknown }).type === 'entity.parse.failed';
}

export function problem(status: number, code: string, detail: string, errors?: ProblemDetails['errors']): ProblemDetails {
  return {
    type: `https://madoguchi.example/problems/${code.toLowerCase().replace(/[._]/g, '-')}`,
    title: httpTitles[status] ?? 'エラー',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

/** The one error middleware: every error becomes application/problem+json with a Japanese detail. */
export function problemDetailsMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const body = toProblem(error);
    if (body.status >= 500) {
      logger.error('request failed', { method: req.method, route: routePatternOf(req), code: body.code, ...safeErrorFields(error), correlationId: res.locals['correlationId'] });
    }
    if (body.status === 413) res.setHeader('Connection', 'close');
    res.status(body.status).type('application/problem+json').json({ ...body, instance: req.originalUrl });
  };
}
