import type { VisitState } from './visit.state';
import { visitErrors } from './visit.errors';

export type OpenVisitState = Extract<VisitState, { status: 'open' }>;

/** Every command but OpenVisit needs an open visit. */
export function requireOpen(state: VisitState): OpenVisitState {
  switch (state.status) {
    case 'open':
      return state;
    case 'none':
      throw visitErrors.notFound();
    case 'closed':
      throw visitErrors.closed();
    case 'cancelled':
      throw visitErrors.cancelled();
  }
}

export function requireText(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
