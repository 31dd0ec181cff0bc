import { type OpenVisit, type VisitEvent, visitDecider } from '../../../domain/visit';
import { deciderSpec } from '../../support/given-when-then';

const spec = deciderSpec(visitDecider);
const metadata = { now: '2026-11-24T00:05:00.000Z', actor: 'staff-1', correlationId: 'c-1' };
const openVisit: OpenVisit = {
  type: 'OpenVisit',
  data: { visitId: 'v-1', officeId: 'honcho', departmentId: 'shimin-toroku', counterId: 'shimin-toroku-01' },
  metadata,
};
const opened: VisitEvent = {
  type: 'VisitOpened',
  data: {
    visitId: 'v-1',
    officeId: 'honcho',
    departmentId: 'shimin-toroku',
    counterId: 'shimin-toroku-01',
    openedAt: metadata.now,
    openedBy: 'staff-1',
  },
};

describe('visit decider', () => {
  it('opens a visit at the counter, stamped with the time and the clerk from the command', () => {
    spec([]).when(openVisit).then([opened]);
  });

  it('refuses to open the same visit twice', () => {
    spec([opened]).when(openVisit).thenThrows('VISIT.ALREADY_OPENED');
  });

  it('folds an opened visit into open state', () => {
    expect(visitDecider.evolve(visitDecider.initialState, opened)).toMatchObject({ status: 'open', counterId: 'shimin-toroku-01' });
  });
});
