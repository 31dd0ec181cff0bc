import type { Request, Response } from 'express';
import { HttpProblem } from '../http-problem';
import { textFault } from '../edge/text-safety';

export const SESSION_COOKIE = 'madoguchi_session';

const malformedCookie = () =>
  new HttpProblem(400, 'HTTP.MALFORMED_COOKIE', 'ログイン情報（Cookie）を読み取れません。ブラウザの Cookie を削除してから、もう一度ログインしてください。');

/** Reads one cookie from the Cookie header (no cookie-parser needed for one value); a malformed one is a 400. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      let value: string;
      try {
        value = decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        throw malformedCookie();
      }
      if (textFault(value)) throw malformedCookie();
      return value;
    }
  }
  return undefined;
}

export interface CookieSettings {
  /** Send only over HTTPS. On when the request came over TLS (behind a trusted proxy) or COOKIE_SECURE=true. */
  readonly secure: boolean;
}

export function setSessionCookie(req: Request, res: Response, value: string, maxAgeMs: number, settings: CookieSettings): void {
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure || req.secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
}
