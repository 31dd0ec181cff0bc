import type { VisitFactsDocument } from '../../../application/form/read-models/visit-facts.document';
import { visitFactsProjection } from '../../../application/form/read-models/visit-facts.projection';
import type { RecordedEvent } from '../../../application/shared/event-store';
import type { VisitEvent } from '../../../domain/visit';
import { recorded } from '../../support/recorded-event';
import { opened, person, proposal, proposed, statusChanged } from '../../support/visit-fixtures';

const stored = (events: VisitEvent[]): RecordedEvent[] =>
  events.map((e, i) => {
    const event = recorded(e.type, e.data as unknown as Record<string, unknown>, i + 1, 'visit-v-1', i);
    return { ...event, metadata: { ...event.metadata, schemaVersion: e.type === 'VisitOpened' ? 2 : 1 } };
  });

const fold = (events: RecordedEvent[]): VisitFactsDocument | undefined =>
  events
    .filter((e) => visitFactsProjection.eventTypes.includes(e.type))
    .reduce<VisitFactsDocument | undefined>((doc, e) => visitFactsProjection.evolve(doc, e, 'v-1'), undefined);

const v = 'v-1';
const taro = person();
const hana = person({ personId: 'p-2', name: '花巻 花子', applicant: false, concerned: false, relationship: '妻', isHouseholdHead: false });
const history: VisitEvent[] = [
  opened,
  { type: 'PersonAddedToVisit', data: { visitId: v, person: taro } },
  { type: 'PersonAddedToVisit', data: { visitId: v, person: hana } },
  { type: 'PersonConcernChanged', data: { visitId: v, personId: 'p-2', concerned: true } },
  { type: 'LifeEventsChosen', data: { visitId: v, lifeEventIds: ['tennyu'] } },
  { type: 'InterviewAnswered', data: { visitId: v, answers: { moved_from: 'other' } } },
  { type: 'InterviewAnswered', data: { visitId: v, answers: { moved_from: 'iwate', has_seal: true } } },
  proposed(proposal('tennyu-todoke'), proposal('kokuho-kanyu', 'kokuho-iryo'), proposal('inkan-toroku')),
  { type: 'ProcedureDropped', data: { visitId: v, procedureId: 'inkan-toroku', reason: '不要と確認' } },
  statusChanged('tennyu-todoke', 'not_started', 'in_progress'),
  { type: 'VisitHandedOff', data: { visitId: v, fromDepartmentId: 'shimin-toroku', fromCounterId: 'shimin-toroku-01', toDepartmentId: 'kokuho-iryo', toCounterId: null, note: null, at: '2026-11-24T00:20:00.000Z' } },
];

describe("Form's visit facts projection (fed by Visit's events)", () => {
  it('keeps what forms are filled from: persons, life events, the latest answers, the procedures listed, where the visit is', () => {
    const doc = fold(stored(history));
    expect(doc).toMatchObject({ visitId: v, status: 'open', officeId: 'honcho', departmentId: 'kokuho-iryo', ticketNumber: 7, lifeEventIds: ['tennyu'], revision: 10 });
    expect(doc?.answers).toEqual({ moved_from: 'iwate', has_seal: true });
    expect(doc?.persons.map((p) => [p.personId, p.concerned, p.registered])).toEqual([
      ['p-1', true, false],
      ['p-2', true, false],
    ]);
    expect(doc?.procedures).toEqual([
      { procedureId: 'tennyu-todoke', personIds: ['p-1'] },
      { procedureId: 'kokuho-kanyu', personIds: ['p-1'] },
    ]);
  });

  it('applies each event once, however often it is replayed', () => {
    const events = stored(history);
    expect(fold([...events, ...events, events[5]!])).toEqual(fold(events));
  });

  it('withdraws proposals, takes a procedure added by hand, and ends with the visit', () => {
    const doc = fold(
      stored([
        ...history,
        { type: 'ProceduresProposed', data: { visitId: v, added: [], updated: [{ ...proposal('kokuho-kanyu', 'kokuho-iryo'), personIds: ['p-1', 'p-2'] }], withdrawn: ['tennyu-todoke'], catalogueRevision: 1 } },
        { type: 'ProcedureAddedByHand', data: { visitId: v, procedure: proposal('inkan-toroku'), note: '本人の希望' } },
        { type: 'VisitClosed', data: { visitId: v, departmentId: 'kokuho-iryo', at: '2026-11-24T00:40:00.000Z', openProcedureIds: [], reason: null } },
      ]),
    );
    expect(doc?.procedures).toEqual([
      { procedureId: 'kokuho-kanyu', personIds: ['p-1', 'p-2'] },
      { procedureId: 'inkan-toroku', personIds: ['p-1'] },
    ]);
    expect(doc?.status).toBe('closed');
  });

  it('has no document for a visit it has not seen opened', () => {
    expect(fold(stored(history.slice(1)))).toBeUndefined();
  });
});
