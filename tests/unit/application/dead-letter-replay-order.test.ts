import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent, Position, RecordedEvent } from '../../../application/shared/event-store';
import { type AnyDocumentProjection, ProjectionRunner, type ReadModelStore } from '../../../application/shared/projections';
import { type DepartmentQueueDocument, departmentQueueProjection } from '../../../application/visit/read-models/department-queue.projection';
import type { VisitDocument } from '../../../application/visit/read-models/visit-document';
import { openVisitsProjection, visitWorkspaceProjection } from '../../../application/visit/read-models/visit-workspace.projection';
import { type VisitEvent, visitEventSchemaVersions } from '../../../domain/visit';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { SilentLogger } from '../../../infrastructure/shared/silent-logger';
import { opened, person } from '../../support/visit-fixtures';

const clock = { now: () => '2026-12-01T09:00:00.000Z' };
const fast = { backoff: { initialMs: 5, maxMs: 20 }, clock };

/** The visit's events as appended, the first at revision `from`. */
const stored = (visitId: string, events: VisitEvent[], from = 0): NewEvent[] =>
  events.map((event, n) => ({
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: { eventId: `${visitId}-${from + n}`, occurredAt: '2026-11-24T00:05:00.000Z', actor: 'staff-1', correlationId: 'c', causationId: null, schemaVersion: visitEventSchemaVersions[event.type] },
  }));

const openedAs = (visitId: string, openedAt: string): VisitEvent => ({ type: 'VisitOpened', data: { ...opened.data, visitId, openedAt } as Extract<VisitEvent, { type: 'VisitOpened' }>['data'] });
const added = (visitId: string, personId: string): VisitEvent => ({ type: 'PersonAddedToVisit', data: { visitId, person: person({ personId }) } });
const handedOff = (visitId: string): VisitEvent => ({
  type: 'VisitHandedOff',
  data: { visitId, fromDepartmentId: 'shimin-toroku', fromCounterId: 'shimin-toroku-01', toDepartmentId: 'kodomo', toCounterId: null, note: null, at: '2026-11-24T00:20:00.000Z' },
});
const closed = (visitId: string): VisitEvent => ({ type: 'VisitClosed', data: { visitId, departmentId: 'shimin-toroku', at: '2026-11-24T00:40:00.000Z', openProcedureIds: [], reason: null } });

/** The projection, throwing on the events `fails` picks while `broken.on` holds. */
function breakable(projection: AnyDocumentProjection, fails: (event: RecordedEvent) => boolean, broken: { on: boolean }): AnyDocumentProjection {
  return {
    ...projection,
    evolve: (doc, event, key) => {
      if (broken.on && fails(event)) throw new Error(`cannot apply ${event.type} (injected)`);
      return projection.evolve(doc, event, key);
    },
  };
}

const at = (streamId: string, revision: number) => (event: RecordedEvent) => event.streamId === streamId && event.revision === revision;

async function caughtUp(runner: ProjectionRunner, events: InMemoryEventStore): Promise<Position> {
  const head = (await events.headPosition())!;
  expect(await runner.waitFor(head, 2000)).toBe(true);
  return head;
}

/** What the read models hold when nothing ever failed: the reference a replay must reach. */
async function healthyFold(events: InMemoryEventStore, projections: AnyDocumentProjection[]): Promise<ReadModelStore> {
  const store = new SqliteReadModelStore(':memory:');
  const runner = new ProjectionRunner(events, store, projections, new SilentLogger(), fast);
  runner.start();
  await caughtUp(runner, events);
  await runner.stop();
  return store;
}

const openLetters = (store: ReadModelStore, processor: string) => store.openDeadLettersOf(processor).map((d) => [d.streamId, d.revision, d.error.split(':')[0]]);

describe('dead-letter replay keeps each stream in order', () => {
  it('holds the later events of a visit behind its dead letter, and replaying the letter applies them after it: nothing resolved while left out', async () => {
    const events = new InMemoryEventStore();
    await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z'), added('v-1', 'p-1'), added('v-1', 'p-2')]), 'no_stream');
    const broken = { on: true };
    const store = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(events, store, [breakable(visitWorkspaceProjection, at('visit-v-1', 1), broken)], new SilentLogger(), fast);
    runner.start();
    await caughtUp(runner, events);

    // Applying p-2 before p-1 would leave the document at revision 2: p-1 replayed later would be dropped by the revision guard.
    expect(store.get<VisitDocument>('visit-workspace', 'v-1')).toMatchObject({ revision: 0, persons: [] });
    expect(openLetters(store, 'visit-workspace')).toEqual([['visit-v-1', 1, 'Error'], ['visit-v-1', 2, 'HeldBehindDeadLetter']]);
    const [first, second] = store.openDeadLettersOf('visit-workspace');

    broken.on = false;
    const refused = await runner.replayDeadLetter(second!.id, 'staff-admin').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'PROCESSING.DEAD_LETTER_HELD', kind: 'conflict' });
    expect((refused as Error).message).toBe(
      `記録（番号 ${second!.id}）は、同じストリームの先のイベントの記録（番号 ${first!.id}）が未解決のため、まだ再適用できません。先に番号 ${first!.id} を再適用してください（後に続く記録も順に再適用されます）。`,
    );

    await expect(runner.replayDeadLetter(first!.id, 'staff-admin')).resolves.toMatchObject({ id: first!.id, resolution: { kind: 'replayed', by: 'staff-admin' } });
    const doc = store.get<VisitDocument>('visit-workspace', 'v-1');
    expect(doc?.persons.map((p) => p.personId)).toEqual(['p-1', 'p-2']);
    expect(doc?.revision).toBe(2);
    expect(store.deadLetter(second!.id)?.resolution).toMatchObject({ kind: 'replayed', by: 'staff-admin' });
    expect(runner.listDeadLetters().open).toBe(0);

    // The stream is no longer held: its next event is applied as usual.
    await events.append('visit-v-1', stored('v-1', [added('v-1', 'p-3')], 3), 2);
    await caughtUp(runner, events);
    expect(store.get<VisitDocument>('visit-workspace', 'v-1')?.persons.map((p) => p.personId)).toEqual(['p-1', 'p-2', 'p-3']);
    await runner.stop();
  });

  it('refuses to replay a letter whose later events were applied anyway (recorded before streams were held), leaving it open', async () => {
    const events = new InMemoryEventStore();
    await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z'), added('v-1', 'p-1'), added('v-1', 'p-2')]), 'no_stream');
    const store = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(events, store, [visitWorkspaceProjection], new SilentLogger(), fast);
    runner.start();
    await caughtUp(runner, events);
    // A letter as the old runner left it: revision 1 failed, revision 2 was applied past it.
    const [event] = await events.readStream('visit-v-1', { fromRevision: 1, maxCount: 1 });
    const failure = { processor: 'visit-workspace', position: event!.position, streamId: 'visit-v-1', revision: 1, eventType: event!.type, eventId: event!.metadata.eventId, error: 'Error: old', failedAt: clock.now() };
    store.commit([], [], { failures: [failure] });
    const [letter] = store.openDeadLettersOf('visit-workspace');
    const before = store.get<VisitDocument>('visit-workspace', 'v-1');

    const refused = await runner.replayDeadLetter(letter!.id, 'staff-admin').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'PROCESSING.REPLAY_OUT_OF_ORDER', kind: 'conflict' });
    expect((refused as Error).message).toContain('いま再適用しても正しい内容にならないため、再適用しません。');
    expect(store.deadLetter(letter!.id)).toMatchObject({ resolution: undefined, attempts: 1 });
    expect(store.get<VisitDocument>('visit-workspace', 'v-1')).toEqual(before);
    await runner.stop();
  });

  it('after a dead-lettered VisitOpened, keeps what follows as letters and ends, after one replay, with the document and queue a healthy run gives', async () => {
    const events = new InMemoryEventStore();
    await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z')]), 'no_stream');
    await events.append('visit-v-2', stored('v-2', [openedAs('v-2', '2026-11-24T00:06:00.000Z')]), 'no_stream');
    await events.append('visit-v-1', stored('v-1', [added('v-1', 'p-1'), handedOff('v-1')], 1), 0);
    const broken = { on: true };
    const isOpening = at('visit-v-1', 0);
    const projections = [breakable(visitWorkspaceProjection, isOpening, broken), breakable(departmentQueueProjection, isOpening, broken)];
    const store = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(events, store, projections, new SilentLogger(), fast);
    runner.start();
    await caughtUp(runner, events);
    expect(openLetters(store, 'visit-workspace')).toEqual([['visit-v-1', 0, 'Error'], ['visit-v-1', 1, 'HeldBehindDeadLetter'], ['visit-v-1', 2, 'HeldBehindDeadLetter']]);
    expect(openLetters(store, 'department-queue')).toEqual([['visit-v-1', 0, 'Error'], ['visit-v-1', 2, 'HeldBehindDeadLetter']]);

    broken.on = false;
    for (const processor of ['visit-workspace', 'department-queue']) await runner.replayDeadLetter(store.openDeadLettersOf(processor)[0]!.id, 'staff-admin');
    expect(runner.listDeadLetters().open).toBe(0);

    const healthy = await healthyFold(events, [visitWorkspaceProjection, departmentQueueProjection]);
    expect(store.get<VisitDocument>('visit-workspace', 'v-1')).toEqual(healthy.get<VisitDocument>('visit-workspace', 'v-1'));
    expect(store.get<VisitDocument>('visit-workspace', 'v-1')).toMatchObject({ revision: 2, departmentId: 'kodomo', persons: [{ personId: 'p-1' }] });
    for (const department of ['shimin-toroku', 'kodomo']) {
      expect(store.get<DepartmentQueueDocument>('department-queue', department)).toEqual(healthy.get<DepartmentQueueDocument>('department-queue', department));
    }
    await runner.stop();
  });

  it('puts a visit replayed late back in arrival order in its department queue', async () => {
    const events = new InMemoryEventStore();
    await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z')]), 'no_stream');
    await events.append('visit-v-2', stored('v-2', [openedAs('v-2', '2026-11-24T00:06:00.000Z')]), 'no_stream');
    const broken = { on: true };
    const store = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(events, store, [breakable(departmentQueueProjection, at('visit-v-1', 0), broken)], new SilentLogger(), fast);
    runner.start();
    await caughtUp(runner, events);
    broken.on = false;
    await runner.replayDeadLetter(store.openDeadLettersOf('department-queue')[0]!.id, 'staff-admin');
    expect(store.get<DepartmentQueueDocument>('department-queue', 'shimin-toroku')?.visits.map((v) => v.visitId)).toEqual(['v-1', 'v-2']);
    await runner.stop();
  });

  it('never brings a closed visit back to the department queue or the open visits when its opening is replayed', async () => {
    const events = new InMemoryEventStore();
    await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z')]), 'no_stream');
    await events.append('visit-v-2', stored('v-2', [openedAs('v-2', '2026-11-24T00:06:00.000Z')]), 'no_stream');
    await events.append('visit-v-1', stored('v-1', [closed('v-1')], 1), 0);
    const broken = { on: true };
    const isOpening = at('visit-v-1', 0);
    const store = new SqliteReadModelStore(':memory:');
    const projections = [breakable(departmentQueueProjection, isOpening, broken), breakable(openVisitsProjection, isOpening, broken)];
    const runner = new ProjectionRunner(events, store, projections, new SilentLogger(), fast);
    runner.start();
    await caughtUp(runner, events);

    broken.on = false;
    for (const processor of ['department-queue', 'open-visits']) {
      const [letter] = store.openDeadLettersOf(processor);
      expect(letter).toMatchObject({ streamId: 'visit-v-1', revision: 0 });
      await expect(runner.replayDeadLetter(letter!.id, 'staff-admin')).resolves.toMatchObject({ resolution: { kind: 'replayed' } });
    }
    expect(store.get<DepartmentQueueDocument>('department-queue', 'shimin-toroku')?.visits.map((v) => v.visitId)).toEqual(['v-2']);
    expect(store.get<VisitDocument>('open-visits', 'v-1')).toBeUndefined();
    expect(store.get<VisitDocument>('open-visits', 'v-2')).toMatchObject({ status: 'open' });
    expect(runner.listDeadLetters().open).toBe(0);
    await runner.stop();
  });

  it('stops a replay at a later held event that still fails: those before it resolved, it open with the real error, its stream still held', async () => {
    const events = new InMemoryEventStore();
    await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z'), added('v-1', 'p-1'), added('v-1', 'p-2')]), 'no_stream');
    const failing = new Set([1, 2]);
    const store = new SqliteReadModelStore(':memory:');
    const projection = breakable(visitWorkspaceProjection, (e) => failing.has(e.revision), { on: true });
    const runner = new ProjectionRunner(events, store, [projection], new SilentLogger(), fast);
    runner.start();
    await caughtUp(runner, events);
    const [first, second] = store.openDeadLettersOf('visit-workspace');

    failing.delete(1);
    await expect(runner.replayDeadLetter(first!.id, 'staff-admin')).resolves.toMatchObject({ resolution: { kind: 'replayed' } });
    expect(store.deadLetter(second!.id)).toMatchObject({ resolution: undefined, attempts: 2, error: 'Error: cannot apply PersonAddedToVisit (injected)' });
    expect(store.get<VisitDocument>('visit-workspace', 'v-1')?.persons.map((p) => p.personId)).toEqual(['p-1']);

    await events.append('visit-v-1', stored('v-1', [added('v-1', 'p-3')], 3), 2);
    await caughtUp(runner, events);
    expect(openLetters(store, 'visit-workspace')).toEqual([['visit-v-1', 2, 'Error'], ['visit-v-1', 3, 'HeldBehindDeadLetter']]);
    await runner.stop();
  });

  describe('across a restart', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'madoguchi-held-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('keeps holding a stream whose dead letter is still open', async () => {
      const events = new InMemoryEventStore();
      const file = join(dir, 'rm.sqlite');
      await events.append('visit-v-1', stored('v-1', [openedAs('v-1', '2026-11-24T00:05:00.000Z'), added('v-1', 'p-1')]), 'no_stream');
      const before = new ProjectionRunner(events, new SqliteReadModelStore(file), [breakable(visitWorkspaceProjection, at('visit-v-1', 1), { on: true })], new SilentLogger(), fast);
      before.start();
      await caughtUp(before, events);
      await before.stop();

      const store = new SqliteReadModelStore(file);
      const after = new ProjectionRunner(events, store, [visitWorkspaceProjection], new SilentLogger(), fast);
      after.start();
      await events.append('visit-v-1', stored('v-1', [added('v-1', 'p-2')], 2), 1);
      await caughtUp(after, events);
      expect(openLetters(store, 'visit-workspace')).toEqual([['visit-v-1', 1, 'Error'], ['visit-v-1', 2, 'HeldBehindDeadLetter']]);
      await after.replayDeadLetter(store.openDeadLettersOf('visit-workspace')[0]!.id, 'staff-admin');
      expect(store.get<VisitDocument>('visit-workspace', 'v-1')?.persons.map((p) => p.personId)).toEqual(['p-1', 'p-2']);
      await after.stop();
    });
  });
});
