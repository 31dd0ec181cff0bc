import { visitDecider } from '../../../domain/visit';
import { deciderSpec } from '../../support/given-when-then';
import { clerkOf, metadata, opened, person, proposal, proposed, statusChanged } from '../../support/visit-fixtures';

const spec = deciderSpec(visitDecider);
const v = 'v-1';

describe('visit decider: reception', () => {
  it('opens a visit at the counter with its ticket, stamped with the time and the clerk from the command', () => {
    spec([])
      .when({ type: 'OpenVisit', data: { visitId: v, officeId: 'honcho', departmentId: 'shimin-toroku', counterId: 'shimin-toroku-01', ticketNumber: 7 }, metadata })
      .then([opened]);
  });

  it('refuses to open the same visit twice', () => {
    spec([opened])
      .when({ type: 'OpenVisit', data: { visitId: v, officeId: 'honcho', departmentId: 'shimin-toroku', counterId: 'shimin-toroku-01', ticketNumber: 8 }, metadata })
      .thenThrows('VISIT.ALREADY_OPENED');
  });

  it('refuses any other command on a visit that does not exist', () => {
    spec([]).when({ type: 'CancelVisit', data: { visitId: v, reason: '誤操作' }, metadata }).thenThrows('VISIT.NOT_FOUND');
  });

  it('adds a person, and refuses the same register entry twice', () => {
    const taro = person({ atenaNumber: '0000000019', source: 'register' });
    spec([opened]).when({ type: 'AddPerson', data: { visitId: v, person: taro }, metadata }).then([{ type: 'PersonAddedToVisit', data: { visitId: v, person: taro } }]);
    spec([opened, { type: 'PersonAddedToVisit', data: { visitId: v, person: taro } }])
      .when({ type: 'AddPerson', data: { visitId: v, person: { ...taro, personId: 'p-2' } }, metadata })
      .thenThrows('VISIT.PERSON_EXISTS');
  });

  it('refuses a person born in the future or with no name', () => {
    spec([opened]).when({ type: 'AddPerson', data: { visitId: v, person: person({ birthDate: '2027-01-01' }) }, metadata }).thenThrows('VISIT.PERSON_INVALID');
    spec([opened]).when({ type: 'AddPerson', data: { visitId: v, person: person({ name: ' ' }) }, metadata }).thenThrows('VISIT.PERSON_INVALID');
  });

  it('removes a person and changes whether the event concerns them; unknown persons are refused', () => {
    const added = { type: 'PersonAddedToVisit' as const, data: { visitId: v, person: person() } };
    spec([opened, added]).when({ type: 'RemovePerson', data: { visitId: v, personId: 'p-1' }, metadata }).then([{ type: 'PersonRemovedFromVisit', data: { visitId: v, personId: 'p-1' } }]);
    spec([opened, added]).when({ type: 'SetPersonConcern', data: { visitId: v, personId: 'p-1', concerned: false }, metadata }).then([{ type: 'PersonConcernChanged', data: { visitId: v, personId: 'p-1', concerned: false } }]);
    spec([opened, added]).when({ type: 'SetPersonConcern', data: { visitId: v, personId: 'p-1', concerned: true }, metadata }).then([]);
    spec([opened]).when({ type: 'RemovePerson', data: { visitId: v, personId: 'nobody' }, metadata }).thenThrows('VISIT.PERSON_UNKNOWN');
  });

  it('records life events once, and refuses none', () => {
    spec([opened]).when({ type: 'ChooseLifeEvents', data: { visitId: v, lifeEventIds: ['tennyu', 'tennyu'] }, metadata }).then([{ type: 'LifeEventsChosen', data: { visitId: v, lifeEventIds: ['tennyu'] } }]);
    spec([opened, { type: 'LifeEventsChosen', data: { visitId: v, lifeEventIds: ['tennyu'] } }]).when({ type: 'ChooseLifeEvents', data: { visitId: v, lifeEventIds: ['tennyu'] }, metadata }).then([]);
    spec([opened]).when({ type: 'ChooseLifeEvents', data: { visitId: v, lifeEventIds: [] }, metadata }).thenThrows('VISIT.NO_LIFE_EVENT');
  });

  it('records only the answers that changed', () => {
    const first = { type: 'InterviewAnswered' as const, data: { visitId: v, answers: { has_seal: true, dog: false } } };
    spec([opened, first]).when({ type: 'AnswerInterview', data: { visitId: v, answers: { has_seal: true, dog: true } }, metadata }).then([{ type: 'InterviewAnswered', data: { visitId: v, answers: { dog: true } } }]);
  });

  it('starts service only at the department the resident was sent to', () => {
    const handedOff = { type: 'VisitHandedOff' as const, data: { visitId: v, fromDepartmentId: 'shimin-toroku', fromCounterId: 'shimin-toroku-01', toDepartmentId: 'kodomo', toCounterId: null, note: null, at: metadata.now } };
    spec([opened, handedOff])
      .when({ type: 'StartService', data: { visitId: v, departmentId: 'kodomo', counterId: 'kodomo-02', by: clerkOf('kodomo') }, metadata })
      .then([{ type: 'VisitServiceStarted', data: { visitId: v, departmentId: 'kodomo', counterId: 'kodomo-02', at: metadata.now } }]);
    spec([opened, handedOff]).when({ type: 'StartService', data: { visitId: v, departmentId: 'kokuho-iryo', counterId: 'kokuho-iryo-01', by: clerkOf('kokuho-iryo') }, metadata }).thenThrows('VISIT.NOT_AT_THIS_DEPARTMENT');
  });
});

describe('visit decider: checklist', () => {
  it('adds new proposals, updates changed reasons and withdraws untouched ones no longer proposed', () => {
    const given = [opened, proposed(proposal('tennyu-todoke'), proposal('inkan-toroku')), statusChanged('tennyu-todoke', 'not_started', 'in_progress')];
    const kokuho = proposal('kokuho-kanyu', 'kokuho-iryo');
    const changedReason = { ...proposal('tennyu-todoke'), reasons: ['新しい理由'] };
    spec(given)
      .when({ type: 'ProposeProcedures', data: { visitId: v, proposals: [changedReason, kokuho], catalogueRevision: 3, participants: {} }, metadata })
      .then([{ type: 'ProceduresProposed', data: { visitId: v, added: [kokuho], updated: [changedReason], withdrawn: ['inkan-toroku'], catalogueRevision: 3 } }]);
  });

  it('keeps a procedure in progress even when the rules no longer propose it, and decides nothing when nothing changed', () => {
    const given = [opened, proposed(proposal('tennyu-todoke')), statusChanged('tennyu-todoke', 'not_started', 'in_progress')];
    spec(given).when({ type: 'ProposeProcedures', data: { visitId: v, proposals: [], catalogueRevision: 1, participants: {} }, metadata }).then([]);
  });

  it('adds a procedure by hand unless it is already listed', () => {
    const p = proposal('inkan-toroku');
    spec([opened]).when({ type: 'AddProcedureByHand', data: { visitId: v, procedure: p, note: ' 本人の希望 ' }, metadata }).then([{ type: 'ProcedureAddedByHand', data: { visitId: v, procedure: p, note: '本人の希望' } }]);
    spec([opened, proposed(p)]).when({ type: 'AddProcedureByHand', data: { visitId: v, procedure: p, note: null }, metadata }).thenThrows('VISIT.PROCEDURE_LISTED');
  });

  it('drops a procedure only with a reason', () => {
    const given = [opened, proposed(proposal('inkan-toroku'))];
    spec(given).when({ type: 'DropProcedure', data: { visitId: v, procedureId: 'inkan-toroku', reason: '  ' }, metadata }).thenThrows('VISIT.DROP_REASON_REQUIRED');
    spec(given).when({ type: 'DropProcedure', data: { visitId: v, procedureId: 'inkan-toroku', reason: '別日に来庁' }, metadata }).then([{ type: 'ProcedureDropped', data: { visitId: v, procedureId: 'inkan-toroku', reason: '別日に来庁' } }]);
  });

  it('lets only the owning department change a status, and needs a reason for 不要', () => {
    const given = [opened, proposed(proposal('kokuho-kanyu', 'kokuho-iryo'))];
    const change = (to: 'done' | 'not_needed', by = clerkOf('kokuho-iryo'), note: string | null = null) => ({ type: 'ChangeProcedureStatus' as const, data: { visitId: v, procedureId: 'kokuho-kanyu', to, note, by }, metadata });
    spec(given).when(change('done', clerkOf('shimin-toroku'))).thenThrows('VISIT.NOT_OWNER_DEPARTMENT');
    spec(given).when(change('done')).then([statusChanged('kokuho-kanyu', 'not_started', 'done', 'kokuho-iryo')]);
    spec(given).when(change('not_needed')).thenThrows('VISIT.NOTE_REQUIRED');
    spec([...given, statusChanged('kokuho-kanyu', 'not_started', 'done', 'kokuho-iryo')]).when(change('done')).thenThrows('VISIT.SAME_STATUS');
  });
});

describe('visit decider: hand-off, close and cancel', () => {
  it('hands the visit to another department', () => {
    spec([opened])
      .when({ type: 'HandOffVisit', data: { visitId: v, toDepartmentId: 'kodomo', toCounterId: 'kodomo-01', note: '児童手当' }, metadata })
      .then([{ type: 'VisitHandedOff', data: { visitId: v, fromDepartmentId: 'shimin-toroku', fromCounterId: 'shimin-toroku-01', toDepartmentId: 'kodomo', toCounterId: 'kodomo-01', note: '児童手当', at: metadata.now } }]);
    spec([opened]).when({ type: 'HandOffVisit', data: { visitId: v, toDepartmentId: 'shimin-toroku', toCounterId: null, note: null }, metadata }).thenThrows('VISIT.HANDOFF_TO_SAME_PLACE');
  });

  it('refuses to close while procedures are open, unless the clerk records why', () => {
    const given = [opened, proposed(proposal('tennyu-todoke'), proposal('inkan-toroku'))];
    spec(given).when({ type: 'CloseVisit', data: { visitId: v, reason: null }, metadata }).thenThrows('VISIT.OPEN_PROCEDURES_REMAIN');
    spec(given)
      .when({ type: 'CloseVisit', data: { visitId: v, reason: '印鑑を持参していないため後日' }, metadata })
      .then([{ type: 'VisitClosed', data: { visitId: v, departmentId: 'shimin-toroku', at: metadata.now, openProcedureIds: ['tennyu-todoke', 'inkan-toroku'], reason: '印鑑を持参していないため後日' } }]);
  });

  it('closes without a reason once every procedure is done or not needed', () => {
    const given = [opened, proposed(proposal('tennyu-todoke')), statusChanged('tennyu-todoke', 'not_started', 'done')];
    spec(given).when({ type: 'CloseVisit', data: { visitId: v, reason: null }, metadata }).then([{ type: 'VisitClosed', data: { visitId: v, departmentId: 'shimin-toroku', at: metadata.now, openProcedureIds: [], reason: null } }]);
  });

  it('cancels only with a reason, and a closed or cancelled visit takes no more commands', () => {
    spec([opened]).when({ type: 'CancelVisit', data: { visitId: v, reason: '' }, metadata }).thenThrows('VISIT.CANCEL_REASON_REQUIRED');
    const cancelled = { type: 'VisitCancelled' as const, data: { visitId: v, departmentId: 'shimin-toroku', at: metadata.now, reason: '誤受付' } };
    spec([opened, cancelled]).when({ type: 'ChooseLifeEvents', data: { visitId: v, lifeEventIds: ['tennyu'] }, metadata }).thenThrows('VISIT.CANCELLED');
    const closed = { type: 'VisitClosed' as const, data: { visitId: v, departmentId: 'shimin-toroku', at: metadata.now, openProcedureIds: [], reason: null } };
    spec([opened, closed]).when({ type: 'CancelVisit', data: { visitId: v, reason: 'x' }, metadata }).thenThrows('VISIT.NOT_OPEN');
  });
});
