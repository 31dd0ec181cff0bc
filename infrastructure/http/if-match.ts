import type { Request } from 'express';
import { HttpProblem } from './http-problem';

/** The revision from `If-Match: "7"` (the ETag the screen got), or undefined when absent. */
export function expectedRevisionFrom(req: Request): number | undefined {
  const header = req.get('if-match');
  if (header === undefined || header === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(-?\d+)"?\s*$/.exec(header);
  if (!match?.[1]) throw new HttpProblem(400, 'HTTP.INVALID_IF_MATCH', 'If-Match ヘッダーの形式が正しくありません（例: "3"）。');
  return Number(match[1]);
}
