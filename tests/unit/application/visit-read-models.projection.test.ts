import type { RecordedEvent } from '../../../application/shared/event-store';
import type { DocumentProjection } from '../../../application/shared/projections';
import { departmentQueueProjection } from '../../../application/visit/read-models/department-queue.projection';
import { visitDetailProjection } from '../../../application/visit/read-models/visit-detail.projection';
import { recorded } from '../../support/recorded-event';

function fold<D>(projection: DocumentProjection<D>, key: string, events: RecordedEvent[]): D | undefined {
  return events
    .filter((e) => projection.eventTypes.includes(e.type) && projection.keysOf(e).includes(key))
    .reduce<D | undefined>((doc, e) => projection.evolve(doc, e, key), undefined);
}

const opened = (visitId: string, counterId: string, openedAt: string, at: number) =>
  recorded('VisitOpened', { visitId, officeId: 'honcho', departmentId: 'shimin-toroku', counterId, openedAt, openedBy: 'staff-1' }, at, `visit-${visitId}`);

describe('department queue projection', () => {
  it('lists open visits of the department oldest first', () => {
    const doc = fold(departmentQueueProjection, 'shimin-toroku', [
      opened('v2', 'shimin-toroku-02', '2026-11-24T00:10:00.000Z', 1),
      opened('v1', 'shimin-toroku-01', '2026-11-24T00:05:00.000Z', 2),
    ]);
    expect(doc?.visits.map((v) => v.visitId)).toEqual(['v1', 'v2']);
  });

  it('keys each visit by its department', () => {
    expect(departmentQueueProjection.keysOf(opened('v1', 'c', '2026-11-24T00:05:00.000Z', 1))).toEqual(['shimin-toroku']);
  });

  it('ignores a replayed duplicate', () => {
    const event = opened('v1', 'shimin-toroku-01', '2026-11-24T00:05:00.000Z', 1);
    const doc = fold(departmentQueueProjection, 'shimin-toroku', [event, event]);
    expect(doc?.visits).toHaveLength(1);
  });
});

describe('visit detail projection', () => {
  it('holds the visit with its stream revision', () => {
    const doc = fold(visitDetailProjection, 'v1', [opened('v1', 'shimin-toroku-01', '2026-11-24T00:05:00.000Z', 7)]);
    expect(doc).toMatchObject({ id: 'v1', status: 'open', counterId: 'shimin-toroku-01', revision: 0 });
  });
});
