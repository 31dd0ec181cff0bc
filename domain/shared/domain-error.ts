/**
 * How a broken rule should reach the person who caused it:
 * invalid (bad input), conflict (state does not allow it), not_found, forbidden, unauthenticated.
 */
export type DomainErrorKind = 'invalid' | 'conflict' | 'not_found' | 'forbidden' | 'unauthenticated';

/** A broken business rule: a stable code and a Japanese message that staff can act on. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    /** Each problem found, e.g. every invalid field or rule (shown as a list). */
    readonly details?: ReadonlyArray<{ readonly field: string; readonly message: string }>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
