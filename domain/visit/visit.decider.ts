import { assertNever, type Decider } from '../shared';
import type { OpenVisit, VisitCommand } from './visit.commands';
import { visitErrors } from './visit.errors';
import type { VisitEvent } from './visit.events';
import { initialVisitState, type VisitState } from './visit.state';

function openVisit(command: OpenVisit, state: VisitState): VisitEvent[] {
  if (state.status !== 'none') throw visitErrors.alreadyOpened(command.data.visitId);
  return [
    {
      type: 'VisitOpened',
      data: { ...command.data, openedAt: command.metadata.now, openedBy: command.metadata.actor },
    },
  ];
}

export function decideVisit(command: VisitCommand, state: VisitState): VisitEvent[] {
  switch (command.type) {
    case 'OpenVisit':
      return openVisit(command, state);
    default:
      return assertNever(command.type);
  }
}

export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'VisitOpened':
      return { status: 'open', ...event.data };
    default:
      return state;
  }
}

export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = {
  decide: decideVisit,
  evolve: evolveVisit,
  initialState: initialVisitState,
};

export const visitStreamId = (visitId: string): string => `visit-${visitId}`;
