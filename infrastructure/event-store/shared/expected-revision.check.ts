import type { ExpectedRevision } from '../../../application/shared/event-store';

/** True when a stream whose last revision is `current` (undefined: absent) satisfies `expected`. */
export function satisfiesExpectedRevision(expected: ExpectedRevision, current: number | undefined): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'exists':
      return current !== undefined;
    default:
      return current === expected;
  }
}
