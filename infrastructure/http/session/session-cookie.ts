import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'madoguchi_session';

/** Reads one cookie from the Cookie header (no cookie-parser needed for one value). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
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
