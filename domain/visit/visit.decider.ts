import { assertNever, type Decider } from '../shared';
import { addProcedureByHand, changeProcedureStatus, dropProcedure, proposeProcedures } from './decide-checklist';
import { cancelVisit, closeVisit, handOffVisit } from './decide-progress';
import { addPerson, answerInterview, assignRoles, chooseLifeEvents, openVisit, removePerson, setPersonConcern, startService } from './decide-reception';
import type { VisitCommand } from './visit.commands';
import type { VisitEvent } from './visit.events';
import { evolveVisit } from './visit.evolve';
import { initialVisitState, type VisitState } from './visit.state';

export function decideVisit(command: VisitCommand, state: VisitState): VisitEvent[] {
  switch (command.type) {
    case 'OpenVisit':
      return openVisit(command, state);
    case 'StartService':
      return startService(command, state);
    case 'AddPerson':
      return addPerson(command, state);
    case 'RemovePerson':
      return removePerson(command, state);
    case 'SetPersonConcern':
      return setPersonConcern(command, state);
    case 'AssignRoles':
      return assignRoles(command, state);
    case 'ChooseLifeEvents':
      return chooseLifeEvents(command, state);
    case 'AnswerInterview':
      return answerInterview(command, state);
    case 'ProposeProcedures':
      return proposeProcedures(command, state);
    case 'AddProcedureByHand':
      return addProcedureByHand(command, state);
    case 'DropProcedure':
      return dropProcedure(command, state);
    case 'ChangeProcedureStatus':
      return changeProcedureStatus(command, state);
    case 'HandOffVisit':
      return handOffVisit(command, state);
    case 'CloseVisit':
      return closeVisit(command, state);
    case 'CancelVisit':
      return cancelVisit(command, state);
    default:
      return assertNever(command);
  }
}

export { evolveVisit };

export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = {
  decide: decideVisit,
  evolve: evolveVisit,
  initialState: initialVisitState,
};

export const visitStreamId = (visitId: string): string => `visit-${visitId}`;
