import { CityDirectory } from '../../../application/city/city-directory';
import { localDayIn } from '../../../application/city/local-day';
import type { AuthenticatedStaff } from '../../../application/identity/authenticated-staff';
import type { CatalogueQueries } from '../../../application/procedure';
import { visitListAccessOf } from '../../../application/shared/access';
import type { RecordedEvent } from '../../../application/shared/event-store';
import type { DocumentProjection } from '../../../application/shared/projections';
import { decodeVisitSearchCursor } from '../../../application/visit/read-models/visit-search.cursor';
import type { VisitSearchEntryDocument } from '../../../application/visit/read-models/visit-search.document';
import { createVisitSearchProjection, visitSearchReadModel } from '../../../application/visit/read-models/visit-search.projection';
import { type VisitSearchCriteria, VisitSearchQuery } from '../../../application/visit/read-models/visit-search.query';
import { visitWorkspaceProjection } from '../../../application/visit/read-models/visit-workspace.projection';
import type { VisitDocument } from '../../../application/visit/read-models/visit-document';
import { visitPolicies } from '../../../application/visit/visit.policies';
import type { VisitEvent } from '../../../domain/visit';
import { loadCityConfiguration } from '../../../infrastructure/city/city-config.loader';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { recorded } from '../../support/recorded-event';
import { opened, person, proposal, proposed, statusChanged } from '../../support/visit-fixtures';

const localDay = localDayIn('Asia/Tokyo');
const projection = createVisitSearchProjection(localDay);
const city = new CityDirectory(loadCityConfiguration('infrastructure/city/cities/hanamaki').city);
const catalogue = { current: () => ({ revision: 0, catalogue: { lifeEvents: [{ id: 'tennyu', name: '転入' }], procedures: [] } }) } as unknown as CatalogueQueries;

let position = 0;
/** One visit's events as stored: its own stream, revisions from 0, positions after every earlier visit's. */
function visit(visitId: string, openedAt: string, ticketNumber: number, ...later: VisitEvent[]): RecordedEvent[] {
  const opening = { ...opened, data: { ...(opened.data as object), visitId, openedAt, ticketNumber } } as VisitEvent;
  return [opening, ...later].map((e, revision) =>
    recorded(e.type, { ...(e.data as object), visitId } as Record<string, unknown>, ++position, `visit-${visitId}`, revision),
  );
}

function applyAll(store: SqliteReadModelStore, events: readonly RecordedEvent[], into: DocumentProjection<unknown> = projection as DocumentProjection<unknown>): void {
  for (const event of events) {
    const changes = into.keysOf(event).map((key) => ({ readModel: into.readModel, key, doc: into.evolve(store.get(into.readModel, key), event, key) }));
    store.commit(changes, []);
  }
}

const added = (name: string, nameKana: string, personId = 'p-1', applicant = true): VisitEvent => ({
  type: 'PersonAddedToVisit',
  data: { visitId: 'v-1', person: person({ personId, name, nameKana, applicant }) },
});
const closed: VisitEvent = { type: 'VisitClosed', data: { visitId: 'v-1', departmentId: 'shimin-toroku', at: '2026-11-24T02:00:00.000Z', openProcedureIds: [], reason: null } };
const handedOff: VisitEvent = {
  type: 'VisitHandedOff',
  data: { visitId: 'v-1', fromDepartmentId: 'shimin-toroku', fromCounterId: 'shimin-toroku-01', toDepartmentId: 'kodomo', toCounterId: null, note: null, at: '2026-11-24T01:00:00.000Z' },
};

const staff = (role: AuthenticatedStaff['role'], ...departmentIds: string[]): AuthenticatedStaff => ({ staffId: `s-${role}`, username: role, role, departmentIds, counterId: null });
const clerkOfShimin = visitListAccessOf(visitPolicies.search, staff('counter', 'shimin-toroku'));
const clerkOfKokuho = visitListAccessOf(visitPolicies.search, staff('counter', 'kokuho-iryo'));
const auditor = visitListAccessOf(visitPolicies.search, staff('auditor'));
const supervisorOfKokuho = visitListAccessOf(visitPolicies.search, staff('supervisor', 'kokuho-iryo'));

const day = (d: string): Pick<VisitSearchCriteria, 'from' | 'to' | 'limit'> => ({ from: d, to: d, limit: 50 });

describe('the visit search projection', () => {
  it('keeps per visit its day in the city time zone, ticket, status, departments, persons with matching keys and procedure counts', () => {
    const store = new SqliteReadModelStore(':memory:');
    // 2026-11-23T23:30Z is already the 24th in Iwate.
    applyAll(store, visit('v-1', '2026-11-23T23:30:00.000Z', 12,
      added('髙橋 ﾊﾅｺ', 'たかはし はなこ'),
      proposed(proposal('tenshutsu'), proposal('kokuho-kanyu', 'kokuho-iryo'), proposal('jido-teate', 'kodomo')),
      statusChanged('tenshutsu', 'not_started', 'done'),
      { type: 'ProcedureDropped', data: { visitId: 'v-1', procedureId: 'jido-teate', reason: '対象外' } },
      handedOff,
    ));
    const entry = store.get<VisitSearchEntryDocument>(visitSearchReadModel, 'visit/v-1');
    expect(entry).toMatchObject({
      openedDay: '2026-11-24',
      ticketNumber: 12,
      status: 'open',
      phase: 'waiting',
      departmentsInvolved: ['shimin-toroku', 'kokuho-iryo', 'kodomo'],
      proceduresDone: 1,
      proceduresOpen: 1,
      closedAt: null,
    });
    expect(entry?.persons).toEqual([expect.objectContaining({ name: '髙橋 ﾊﾅｺ', nameKey: '髙橋ハナコ', kanaKey: 'タカハシハナコ' })]);
    expect(store.get(visitSearchReadModel, 'day/2026-11-24')).toEqual({ kind: 'day', day: '2026-11-24', visits: [{ visitId: 'v-1', openedAt: '2026-11-23T23:30:00.000Z' }] });
    expect(store.get(visitSearchReadModel, 'day/2026-11-23')).toBeUndefined();
  });

  it('applies a replayed event only once', () => {
    const events = visit('v-1', '2026-11-24T00:05:00.000Z', 1, added('花巻 太郎', 'ハナマキ タロウ'), proposed(proposal('tenshutsu')));
    const once = new SqliteReadModelStore(':memory:');
    const twice = new SqliteReadModelStore(':memory:');
    applyAll(once, events);
    applyAll(twice, [...events, ...events]);
    for (const key of ['visit/v-1', 'day/2026-11-24']) expect(twice.get(visitSearchReadModel, key)).toEqual(once.get(visitSearchReadModel, key));
  });

  it('names the same departments as the workspace document the access guard reads', () => {
    const events = visit('v-1', '2026-11-24T00:05:00.000Z', 1, proposed(proposal('kokuho-kanyu', 'kokuho-iryo')), handedOff, {
      type: 'ProcedureAddedByHand',
      data: { visitId: 'v-1', procedure: proposal('shogai-techo', 'shogai-fukushi'), note: null },
    });
    const store = new SqliteReadModelStore(':memory:');
    applyAll(store, events);
    applyAll(store, events, visitWorkspaceProjection as DocumentProjection<unknown>);
    const workspace = store.get<VisitDocument>(visitWorkspaceProjection.readModel, 'v-1');
    expect(store.get<VisitSearchEntryDocument>(visitSearchReadModel, 'visit/v-1')?.departmentsInvolved).toEqual(workspace?.departmentsInvolved);
  });
});

describe('the visit search query', () => {
  function searchOver(...visits: RecordedEvent[][]) {
    const store = new SqliteReadModelStore(':memory:');
    for (const events of visits) applyAll(store, events);
    return new VisitSearchQuery(store, city, catalogue, localDay);
  }

  it('finds a person however the name is typed: kanji without spaces, hiragana, half-width katakana, full-width letters', () => {
    const query = searchOver(
      visit('v-1', '2026-11-24T00:05:00.000Z', 1, added('花巻 太郎', 'ハナマキ タロウ')),
      visit('v-2', '2026-11-24T00:10:00.000Z', 2, added('Smith John', 'スミス ジョン')),
    );
    const found = (name: string) => query.search({ ...day('2026-11-24'), name }, auditor).items.map((i) => i.visitId);
    expect(found('花巻太郎')).toEqual(['v-1']);
    expect(found('はなまき　たろう')).toEqual(['v-1']);
    expect(found('ﾊﾅﾏｷ')).toEqual(['v-1']);
    expect(found('ＳＭＩＴＨ')).toEqual(['v-2']);
    expect(found('すみす')).toEqual(['v-2']);
    expect(found('盛岡')).toEqual([]);
  });

  it('shows a clerk only the visits their department took part in, and every visit to supervisors and auditors', () => {
    const query = searchOver(
      visit('v-1', '2026-11-24T00:05:00.000Z', 1),
      visit('v-2', '2026-11-24T00:10:00.000Z', 2, proposed(proposal('kokuho-kanyu', 'kokuho-iryo'))),
    );
    const ids = (access: typeof auditor) => query.search(day('2026-11-24'), access).items.map((i) => i.visitId);
    expect(ids(clerkOfShimin)).toEqual(['v-2', 'v-1']);
    expect(ids(clerkOfKokuho)).toEqual(['v-2']);
    expect(ids(supervisorOfKokuho)).toEqual(['v-2', 'v-1']);
    expect(ids(auditor)).toEqual(['v-2', 'v-1']);
    expect(ids(visitListAccessOf(visitPolicies.viewTimeline, staff('admin')))).toEqual([]);
  });

  it('offers work only on open visits whose commands the caller could send', () => {
    const query = searchOver(visit('v-1', '2026-11-24T00:05:00.000Z', 1), visit('v-2', '2026-11-24T00:10:00.000Z', 2, closed));
    const workable = (access: typeof auditor) => Object.fromEntries(query.search(day('2026-11-24'), access).items.map((i) => [i.visitId, i.workable]));
    expect(workable(clerkOfShimin)).toEqual({ 'v-1': true, 'v-2': false });
    expect(workable(supervisorOfKokuho)).toEqual({ 'v-1': false, 'v-2': false });
    expect(workable(auditor)).toEqual({ 'v-1': false, 'v-2': false });
  });

  it('filters by ticket and status, closed visits included, and labels them in Japanese', () => {
    const query = searchOver(
      visit('v-1', '2026-11-24T00:05:00.000Z', 1, closed),
      visit('v-2', '2026-11-24T00:10:00.000Z', 2, handedOff),
      visit('v-3', '2026-11-24T00:15:00.000Z', 3, { type: 'VisitCancelled', data: { visitId: 'v-3', departmentId: 'shimin-toroku', at: '2026-11-24T00:20:00.000Z', reason: '来庁者が帰宅' } }),
    );
    const search = (extra: Partial<VisitSearchCriteria>) => query.search({ ...day('2026-11-24'), ...extra }, auditor).items;
    expect(search({ status: 'closed' }).map((i) => [i.visitId, i.statusLabel, i.closedAt])).toEqual([['v-1', '完了', '2026-11-24T02:00:00.000Z']]);
    expect(search({ status: 'open' }).map((i) => [i.visitId, i.statusLabel])).toEqual([['v-2', '案内待ち']]);
    expect(search({ status: 'cancelled' }).map((i) => i.visitId)).toEqual(['v-3']);
    expect(search({ ticketNumber: 2 }).map((i) => i.visitId)).toEqual(['v-2']);
    expect(search({ ticketNumber: 2, status: 'closed' })).toEqual([]);
  });

  it('pages newest first across days with a cursor, and reads only the days asked for', () => {
    const query = searchOver(
      visit('v-1', '2026-11-22T00:05:00.000Z', 1),
      visit('v-2', '2026-11-23T00:05:00.000Z', 1),
      visit('v-3', '2026-11-23T00:06:00.000Z', 2),
      visit('v-4', '2026-11-24T00:05:00.000Z', 1),
    );
    const first = query.search({ from: '2026-11-23', to: '2026-11-24', limit: 2 }, auditor);
    expect(first.items.map((i) => i.visitId)).toEqual(['v-4', 'v-3']);
    expect(first.nextCursor).not.toBeNull();
    const second = query.search({ from: '2026-11-23', to: '2026-11-24', limit: 2, cursor: decodeVisitSearchCursor(first.nextCursor!)! }, auditor);
    expect(second.items.map((i) => i.visitId)).toEqual(['v-2']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows the applicant first with the departments and life events by name', () => {
    const query = searchOver(
      visit('v-1', '2026-11-24T00:05:00.000Z', 1, added('花巻 花子', 'ハナマキ ハナコ', 'p-2', false), added('花巻 太郎', 'ハナマキ タロウ', 'p-1', true), {
        type: 'LifeEventsChosen',
        data: { visitId: 'v-1', lifeEventIds: ['tennyu'] },
      }),
    );
    const [item] = query.search(day('2026-11-24'), auditor).items;
    expect(item?.persons.map((p) => p.name)).toEqual(['花巻 太郎', '花巻 花子']);
    expect(item?.departments).toEqual([{ departmentId: 'shimin-toroku', name: city.departmentName('shimin-toroku') }]);
    expect(item?.lifeEventNames).toEqual(['転入']);
    expect(item?.officeName).toBe(city.officeName('honcho'));
  });
});

describe('the visit search cursor', () => {
  it('refuses what it did not write', () => {
    expect(decodeVisitSearchCursor('not a cursor')).toBeUndefined();
    expect(decodeVisitSearchCursor(Buffer.from('["x"]').toString('base64url'))).toBeUndefined();
  });
});
