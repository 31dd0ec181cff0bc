import { type RegisterStaffAccount, type StaffEvent, staffDecider } from '../../../domain/identity';
import { deciderSpec } from '../../support/given-when-then';

const spec = deciderSpec(staffDecider);
const metadata = { now: '2026-11-24T00:00:00.000Z', actor: 'system', correlationId: 'c-1' };
const register = (overrides: Partial<RegisterStaffAccount['data']> = {}): RegisterStaffAccount => ({
  type: 'RegisterStaffAccount',
  data: {
    staffId: 's-1',
    username: 'shimin-toroku-01',
    displayName: '佐藤 花子',
    role: 'counter',
    departmentIds: ['shimin-toroku'],
    counterId: 'shimin-toroku-01',
    passwordHash: 'scrypt$...',
    ...overrides,
  },
  metadata,
});
const registered: StaffEvent = {
  type: 'StaffAccountRegistered',
  data: { ...register().data, departmentIds: ['shimin-toroku'], registeredAt: metadata.now },
};

describe('staff account decider', () => {
  it('registers an account with its role, departments and counter', () => {
    spec([]).when(register()).then([registered]);
  });

  it('refuses a second account under the same username', () => {
    spec([registered]).when(register()).thenThrows('STAFF.ALREADY_REGISTERED');
  });

  it('refuses a username with capitals or spaces', () => {
    spec([]).when(register({ username: 'Sato Hanako' })).thenThrows('STAFF.INVALID_USERNAME');
  });

  it('requires a department for everyone but admins', () => {
    spec([]).when(register({ departmentIds: [], counterId: null })).thenThrows('STAFF.NO_DEPARTMENT');
    expect(staffDecider.decide(register({ role: 'admin', departmentIds: [], counterId: null }), staffDecider.initialState)).toHaveLength(1);
  });

  it('ends every session of an account at the moment of the logout, and only of an account that exists', () => {
    const end = { type: 'EndStaffSessions' as const, data: { username: 'shimin-toroku-01', reason: 'logout' as const }, metadata };
    spec([registered]).when(end).then([{ type: 'StaffSessionsEnded', data: { staffId: 's-1', username: 'shimin-toroku-01', endedAt: metadata.now, reason: 'logout' } }]);
    spec([]).when(end).thenThrows('STAFF.UNKNOWN');
  });
});
