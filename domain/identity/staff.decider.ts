import { assertNever, type Decider } from '../shared';
import type { EndStaffSessions, RegisterStaffAccount, StaffCommand } from './staff.commands';
import { staffErrors } from './staff.errors';
import type { StaffEvent } from './staff.events';
import { initialStaffState, type StaffState } from './staff.state';

const usernamePattern = /^[a-z0-9][a-z0-9-]{2,39}$/;

function register(command: RegisterStaffAccount, state: StaffState): StaffEvent[] {
  const { data } = command;
  if (state.status !== 'none') throw staffErrors.alreadyRegistered(data.username);
  if (!usernamePattern.test(data.username)) throw staffErrors.invalidUsername(data.username);
  if (data.role !== 'admin' && data.departmentIds.length === 0) throw staffErrors.noDepartment();
  return [
    {
      type: 'StaffAccountRegistered',
      data: { ...data, departmentIds: [...data.departmentIds], registeredAt: command.metadata.now },
    },
  ];
}

/** Ends every session of the account issued until now: a cookie of before no longer logs anyone in. */
function endSessions(command: EndStaffSessions, state: StaffState): StaffEvent[] {
  if (state.status === 'none') throw staffErrors.unknownAccount(command.data.username);
  return [{ type: 'StaffSessionsEnded', data: { staffId: state.staffId, username: state.username, endedAt: command.metadata.now, reason: command.data.reason } }];
}

export function decideStaff(command: StaffCommand, state: StaffState): StaffEvent[] {
  switch (command.type) {
    case 'RegisterStaffAccount':
      return register(command, state);
    case 'EndStaffSessions':
      return endSessions(command, state);
    default:
      return assertNever(command);
  }
}

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffAccountRegistered':
      return {
        status: 'active',
        staffId: event.data.staffId,
        username: event.data.username,
        role: event.data.role,
        departmentIds: event.data.departmentIds,
        counterId: event.data.counterId,
      };
    default:
      return state;
  }
}

export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState> = {
  decide: decideStaff,
  evolve: evolveStaff,
  initialState: initialStaffState,
};

/** One stream per username keeps usernames unique without a separate index. */
export const staffStreamId = (username: string): string => `staff-${username}`;
