import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SessionPayload {
  /** Random session id; the CSRF token is derived from it. */
  readonly sid: string;
  readonly username: string;
  /** Issued, epoch milliseconds: a session issued at or before the account's sessionsEndedAt is over. */
  readonly iat: number;
  /** Expiry, epoch milliseconds. */
  readonly exp: number;
}

/**
 * Stateless sessions: the cookie holds the payload and its HMAC-SHA256, so any app instance that shares
 * the secret can read it (scale-out without a session store). Nothing personal is inside.
 */
export class SessionCodec {
  constructor(
    private readonly secret: Buffer,
    readonly lifetimeMs = 12 * 60 * 60 * 1000,
  ) {}

  issue(username: string, now: number): { cookie: string; payload: SessionPayload } {
    const payload: SessionPayload = { sid: randomBytes(18).toString('base64url'), username, iat: now, exp: now + this.lifetimeMs };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return { cookie: `${body}.${this.sign(body)}`, payload };
  }

  read(cookie: string | undefined, now: number): SessionPayload | undefined {
    if (!cookie) return undefined;
    const [body, signature] = cookie.split('.');
    if (!body || !signature || !this.equal(signature, this.sign(body))) return undefined;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SessionPayload;
      if (typeof payload.sid !== 'string' || typeof payload.username !== 'string' || typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return undefined;
      return payload.exp > now ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  csrfToken(payload: SessionPayload): string {
    return this.sign(`csrf|${payload.sid}`);
  }

  checkCsrf(payload: SessionPayload, token: string | undefined): boolean {
    return token !== undefined && this.equal(token, this.csrfToken(payload));
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }

  private equal(a: string, b: string): boolean {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  }
}
