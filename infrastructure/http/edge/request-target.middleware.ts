import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem } from '../http-problem';
import { textFault } from './text-safety';

const badEscape = () => new HttpProblem(400, 'HTTP.BAD_ESCAPE', 'URL に正しくない文字のエスケープ（%）が含まれています。');
const badCharacter = () => new HttpProblem(400, 'HTTP.INVALID_CHARACTER', 'URL に使えない文字が含まれています。');

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badEscape();
  }
}

/**
 * Checks the request target before routing: every path segment and query part decodes as UTF-8 and holds no
 * control character or lone surrogate. The router would otherwise fail on them deep inside.
 */
export function requestTarget(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    try {
      const url = req.originalUrl ?? req.url;
      const question = url.indexOf('?');
      const path = question < 0 ? url : url.slice(0, question);
      const query = question < 0 ? '' : url.slice(question + 1);
      for (const segment of path.split('/')) if (textFault(decoded(segment))) throw badCharacter();
      for (const part of query.split('&')) if (textFault(decoded(part.replace(/\+/g, ' ')))) throw badCharacter();
      next();
    } catch (error) {
      next(error);
    }
  };
}
