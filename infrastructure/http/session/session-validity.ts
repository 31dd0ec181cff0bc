import type { SessionPayload } from './session-codec';

/**
 * Whether a session still counts for its account: one issued at or before the account's sessions were
 * ended (logout) is over, on every instance, because the end is an event every instance's read model has.
 */
export function sessionStillValid(account: { readonly sessionsEndedAt: string | null }, session: Pick<SessionPayload, 'iat'>): boolean {
  return account.sessionsEndedAt === null || session.iat > Date.parse(account.sessionsEndedAt);
}
