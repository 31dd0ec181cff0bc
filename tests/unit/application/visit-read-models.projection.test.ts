import type { RecordedEvent } from '../../../application/shared/event-store';
import type { DocumentProjection } from '../../../application/shared/projections';
import { departmentQueueProjection } from '../../../application/visit/read-models/department-queue.projection';
import { visitTimelineProjection } from '../../../application/visit/read-models/visit-timeline.projection';
import { openVisitsProjection, visitWorkspaceProjection } from '../../../application/visit/read-models/visit-workspace.projection';
import type { VisitEvent } from '../../../domain/visit';
import { recorded } from '../../support/recorded-event';
import { opened, proposal, proposed } from '../../support/visit-fixtures';

/** The visit's events as stored, revisions and positions in order. */
function stored(events: VisitEvent[]): RecordedEvent[] {
  return events.map((e, i) => recorded(e.type, e.data as unknown as Record<string, unknown>, i + 1, 'visit-v-1', i));
}

function fold<D>(projection: DocumentProjection<D>, key: string, events: RecordedEvent[]): D | undefined {
  return events
    .filter((e) => projection.eventTypes.includes(e.type) && projection.keysOf(e).includes(key))
    .reduce<D | undefined>((doc, e) => projection.evolve(doc, e, key), undefined);
}

const handedOff: VisitEvent = {
  type: 'VisitHandedOff',
  data: { visitId: 'v-1', fromDepartmentId: 'shimin-toroku', fromCounterId: 'shimin-toroku-01', toDepartmentId: 'kodomo', toCounterId: null, note: null, at: '2026-11-24T00:20:00.000Z' },
};
const closed: VisitEvent = { type: 'VisitClosed', data: { visitId: 'v-1', departmentId: 'kodomo', at: '2026-11-24T00:40:00.000Z', openProcedureIds: [], reason: null } };

describe('department queue projection', () => {
  it('moves a handed-off visit from one department\'s queue to the other\'s, waiting', () => {
    const events = stored([opened, handedOff]);
    expect(fold(departmentQueueProjection, 'shimin-toroku', events)?.visits).toEqual([]);
    expect(fold(departmentQueueProjection, 'kodomo', events)?.visits).toEqual([{ visitId: 'v-1', counterId: null, phase: 'waiting', since: '2026-11-24T00:20:00.000Z' }]);
  });

  it('drops a closed visit from the queue', () => {
    expect(fold(departmentQueueProjection, 'kodomo', stored([opened, handedOff, closed]))?.visits).toEqual([]);
  });

  it('ignores a replayed duplicate of the opening', () => {
    const [open] = stored([opened]);
    const doc = fold(departmentQueueProjection, 'shimin-toroku', [open!, open!]);
    expect(doc?.visits).toHaveLength(1);
  });
});

describe('visit workspace and open-visits projections', () => {
  it('fold the visit into their own document, with the times and departments the screens need', () => {
    const doc = fold(visitWorkspaceProjection, 'v-1', stored([opened, proposed(proposal('kokuho-kanyu', 'kokuho-iryo')), handedOff]));
    expect(doc).toMatchObject({ status: 'open', departmentId: 'kodomo', phase: 'waiting', ticketNumber: 7 });
    expect(doc).not.toHaveProperty('state');
    expect(doc?.since).toBe('2026-11-24T00:20:00.000Z');
    expect(doc?.departmentsInvolved).toEqual(['shimin-toroku', 'kokuho-iryo', 'kodomo']);
    expect(doc?.revision).toBe(2);
  });

  it('apply an event only once, however often it is replayed', () => {
    const events = stored([opened, proposed(proposal('kokuho-kanyu', 'kokuho-iryo'))]);
    const once = fold(visitWorkspaceProjection, 'v-1', events);
    const twice = fold(visitWorkspaceProjection, 'v-1', [...events, ...events]);
    expect(twice).toEqual(once);
  });

  it('keep a closed visit in the workspace and drop it from the open visits', () => {
    const events = stored([opened, handedOff, closed]);
    expect(fold(visitWorkspaceProjection, 'v-1', events)?.status).toBe('closed');
    expect(fold(openVisitsProjection, 'v-1', events)).toBeUndefined();
  });

  it('read a VisitOpened stored before tickets existed as having no ticket', () => {
    const { ticketNumber: _dropped, ...old } = (opened as Extract<VisitEvent, { type: 'VisitOpened' }>).data;
    const doc = fold(visitWorkspaceProjection, 'v-1', [recorded('VisitOpened', old, 1, 'visit-v-1', 0)]);
    expect(doc).toMatchObject({ status: 'open', ticketNumber: null });
  });
});

describe('visit timeline projection', () => {
  it('keeps every event once, in order, with who and when', () => {
    const events = stored([opened, handedOff]);
    const doc = fold(visitTimelineProjection, 'v-1', [...events, events[0]!]);
    expect(doc?.entries.map((e) => [e.revision, e.event.type, e.actor])).toEqual([
      [0, 'VisitOpened', 'staff-1'],
      [1, 'VisitHandedOff', 'staff-1'],
    ]);
  });
});
