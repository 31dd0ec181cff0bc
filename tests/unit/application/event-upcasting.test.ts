import { CityDirectory } from '../../../application/city/city-directory';
import { visitFactsProjection } from '../../../application/form/read-models/visit-facts.projection';
import { staffEvents } from '../../../application/identity/identity-events.reader';
import { type StaffAccountDocument, staffAccountProjection } from '../../../application/identity/read-models/staff-account.projection';
import { RegisterStaffHandler } from '../../../application/identity/register-staff/register-staff.handler';
import type { VisitFactsDocument } from '../../../application/form/read-models/visit-facts.document';
import { CommandHandler } from '../../../application/shared/command-handling';
import type { NewEvent } from '../../../application/shared/event-store';
import { EventReader, EventSchemaError, upcaster } from '../../../application/shared/events';
import { ProjectionRunner } from '../../../application/shared/projections';
import { visitEvents } from '../../../application/visit';
import type { VisitDocument } from '../../../application/visit/read-models/visit-document';
import { type VisitTimelineDocument, visitTimelineProjection } from '../../../application/visit/read-models/visit-timeline.projection';
import { visitWorkspaceProjection } from '../../../application/visit/read-models/visit-workspace.projection';
import type { DomainEvent } from '../../../domain/shared';
import { staffStreamId, type StaffAccountRegisteredV1 } from '../../../domain/identity';
import { type AnswerInterview, visitDecider, visitStreamId } from '../../../domain/visit';
import { loadCityConfiguration } from '../../../infrastructure/city/city-config.loader';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { SqliteReadModelStore } from '../../../infrastructure/read-model/sqlite-read-model.store';
import { SilentLogger } from '../../../infrastructure/shared/silent-logger';
import { recorded } from '../../support/recorded-event';
import { metadata } from '../../support/visit-fixtures';
import { upcasterForEachTest } from '../../support/test-upcaster';

const stored = (type: string, data: Record<string, unknown>, schemaVersion: number, n: number): NewEvent => ({
  type,
  data,
  metadata: { eventId: `e-${n}`, occurredAt: '2026-11-24T00:00:00.000Z', actor: 'staff-1', correlationId: 'c', causationId: null, schemaVersion },
});

describe('the event reader', () => {
  type Renamed = DomainEvent<'Renamed', { fullName: string }>;
  const at = (version: number, data: Record<string, unknown>) => {
    const event = recorded('Renamed', data, 1);
    return { ...event, metadata: { ...event.metadata, schemaVersion: version } };
  };
  const reader = () =>
    new EventReader<Renamed>(['Renamed'], { Renamed: 3 }, [
      { eventType: 'Renamed', fromVersion: 1, upcast: (d) => ({ first: d['name'], last: '' }) },
      { eventType: 'Renamed', fromVersion: 2, upcast: (d) => ({ fullName: `${String(d['first'])} ${String(d['last'])}`.trim() }) },
    ]);

  it('lifts a stored event through the chain v1 → v2 → v3 and says it is now at v3', () => {
    const event = reader().read(at(1, { name: '花巻' }));
    expect(event?.data).toEqual({ fullName: '花巻' });
    expect(event?.metadata.schemaVersion).toBe(3);
    expect(reader().read(at(2, { first: '花巻', last: '太郎' }))?.data).toEqual({ fullName: '花巻 太郎' });
  });

  it('leaves an event at the current version as it is, and does not read events of other types', () => {
    const current = at(3, { fullName: '花巻 太郎' });
    expect(reader().read(current)).toBe(current);
    expect(reader().read(recorded('Other', {}, 1))).toBeUndefined();
  });

  it('refuses, with a typed error, a version it cannot reach or one newer than it knows', () => {
    const gap = new EventReader<Renamed>(['Renamed'], { Renamed: 3 }, [{ eventType: 'Renamed', fromVersion: 2, upcast: (d) => d }]);
    expect(() => gap.read(at(1, {}))).toThrow(EventSchemaError);
    expect(() => reader().read(at(4, {}))).toThrow(expect.objectContaining({ code: 'EVENT.SCHEMA_UNREADABLE' }));
  });

  it('takes one upcaster per step, and removes a registered one again', () => {
    const r = reader();
    expect(() => r.register({ eventType: 'Renamed', fromVersion: 1, upcast: (d) => d })).toThrow();
    const remove = r.register({ eventType: 'Renamed', fromVersion: 0, upcast: (d) => ({ name: d['n'] }) });
    expect(r.read(at(0, { n: '花巻' }))?.data).toEqual({ fullName: '花巻' });
    remove();
    expect(() => r.read(at(0, { n: '花巻' }))).toThrow(EventSchemaError);
  });

  it("reads Visit's VisitOpened v1 (before tickets) as v2 with no ticket, and writes new ones at v2", async () => {
    const { ticketNumber: _none, ...v1 } = { visitId: 'v-1', officeId: 'honcho', departmentId: 'd', counterId: 'c', openedAt: metadata.now, openedBy: 's', ticketNumber: 1 };
    expect(visitEvents.read(recorded('VisitOpened', v1, 1))?.data).toEqual({ ...v1, ticketNumber: null });
    const store = new InMemoryEventStore();
    let n = 0;
    const handler = new CommandHandler(store, visitDecider, visitEvents, { next: () => `id-${++n}` });
    await handler.handle(visitStreamId('v-2'), { type: 'OpenVisit', data: { visitId: 'v-2', officeId: 'honcho', departmentId: 'd', counterId: 'c', ticketNumber: 3 }, metadata });
    expect((await store.readStream(visitStreamId('v-2')))[0]?.metadata.schemaVersion).toBe(2);
  });
});

/**
 * A made-up older shape of InterviewAnswered (schema version 0: one question per event) stored in the
 * in-memory store, and a test upcaster to v1 registered on Visit's reader: the command handler's state,
 * Visit's projections and Form's own projection all see the upcast answers.
 */
describe('an upcaster registered for Visit', () => {
  const visitId = 'v-old';
  const streamId = visitStreamId(visitId);
  const oldAnswers = upcasterForEachTest(visitEvents, {
    eventType: 'InterviewAnswered',
    fromVersion: 0,
    upcast: (data) => ({ visitId: data['visitId'], answers: { [String(data['questionId'])]: data['answer'] } }),
  });

  async function storeWithOldAnswer(): Promise<InMemoryEventStore> {
    const store = new InMemoryEventStore();
    const opened = { visitId, officeId: 'honcho', departmentId: 'shimin-toroku', counterId: 'shimin-toroku-01', openedAt: metadata.now, openedBy: 'staff-1', ticketNumber: 5 };
    await store.append(
      streamId,
      [stored('VisitOpened', opened, 2, 1), stored('InterviewAnswered', { visitId, questionId: 'moved_from', answer: 'iwate' }, 0, 2)],
      'no_stream',
    );
    return store;
  }

  it("reaches Visit's projections and Form's visit facts through the projection runner", async () => {
    const store = await storeWithOldAnswer();
    const readModels = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(store, readModels, [visitWorkspaceProjection, visitTimelineProjection, visitFactsProjection], new SilentLogger());
    runner.start();
    expect(await runner.waitFor((await store.headPosition())!, 2000)).toBe(true);
    await runner.stop();

    expect(readModels.get<VisitDocument>(visitWorkspaceProjection.readModel, visitId)?.answers).toEqual({ moved_from: 'iwate' });
    expect(readModels.get<VisitFactsDocument>(visitFactsProjection.readModel, visitId)?.answers).toEqual({ moved_from: 'iwate' });
    const timeline = readModels.get<VisitTimelineDocument>(visitTimelineProjection.readModel, visitId);
    expect(timeline?.entries[1]?.event).toEqual({ type: 'InterviewAnswered', data: { visitId, answers: { moved_from: 'iwate' } } });
    expect(readModels.openDeadLetterCount()).toBe(0);
  });

  it("reaches the command handler's state: the same answer again decides nothing, a new one only itself", async () => {
    const store = await storeWithOldAnswer();
    let n = 0;
    const handler = new CommandHandler(store, visitDecider, visitEvents, { next: () => `id-${++n}` });
    const answer = (answers: Record<string, unknown>): AnswerInterview => ({ type: 'AnswerInterview', data: { visitId, answers }, metadata });
    expect((await handler.handle(streamId, answer({ moved_from: 'iwate' }))).events).toEqual([]);
    expect((await handler.handle(streamId, answer({ moved_from: 'iwate', has_seal: true }))).events).toEqual([
      { type: 'InterviewAnswered', data: { visitId, answers: { has_seal: true } } },
    ]);
  });

  it('without the upcaster, the old shape is never decided on: the command fails and projections dead-letter it', async () => {
    oldAnswers.remove();
    const store = await storeWithOldAnswer();
    const handler = new CommandHandler(store, visitDecider, visitEvents, { next: () => 'id' });
    await expect(handler.handle(streamId, { type: 'AnswerInterview', data: { visitId, answers: { a: 1 } }, metadata })).rejects.toThrow(EventSchemaError);

    const readModels = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(store, readModels, [visitFactsProjection], new SilentLogger());
    runner.start();
    expect(await runner.waitFor((await store.headPosition())!, 2000)).toBe(true);
    await runner.stop();
    expect(readModels.get<VisitFactsDocument>(visitFactsProjection.readModel, visitId)?.answers).toEqual({});
    expect(readModels.openDeadLetterCount()).toBe(1);
  });
});

/**
 * A made-up older shape of StaffAccountRegistered (schema version 0: one department, the name as `name`)
 * and a test upcaster to v1 on Identity's reader: the staff-account projection and the register-staff
 * handler both read the account as v1.
 */
describe('an upcaster registered for Identity', () => {
  interface StaffAccountRegisteredV0 {
    readonly staffId: string;
    readonly username: string;
    readonly name: string;
    readonly role: StaffAccountRegisteredV1['role'];
    readonly departmentId: string | null;
    readonly passwordHash: string;
    readonly registeredAt: string;
  }
  let lifted = 0;
  const oldAccounts = upcasterForEachTest(
    staffEvents,
    upcaster<StaffAccountRegisteredV0, StaffAccountRegisteredV1>('StaffAccountRegistered', 0, ({ name, departmentId, ...v0 }) => {
      lifted++;
      return { ...v0, displayName: name, departmentIds: departmentId ? [departmentId] : [], counterId: null };
    }),
  );
  beforeEach(() => {
    lifted = 0;
  });

  const v0 = (username: string): Record<string, unknown> => ({
    staffId: `staff-${username}`,
    username,
    name: '花巻 花子',
    role: 'counter',
    departmentId: 'juumin',
    passwordHash: 'scrypt$old',
    registeredAt: metadata.now,
  });
  async function storeWithOldAccounts(...usernames: string[]): Promise<InMemoryEventStore> {
    const store = new InMemoryEventStore();
    let n = 0;
    for (const username of usernames) await store.append(staffStreamId(username), [stored('StaffAccountRegistered', v0(username), 0, ++n)], 'no_stream');
    return store;
  }
  const registerHandler = (store: InMemoryEventStore) =>
    new RegisterStaffHandler(
      store,
      { next: () => 'staff-new' },
      { hash: async (password) => `hashed:${password}`, verify: async () => false },
      new CityDirectory(loadCityConfiguration('tests/support/fixtures/city-sample').city),
    );
  const hanako = { username: 'hanako', displayName: '花巻 花子', role: 'counter' as const, departmentIds: ['juumin'], counterId: null, password: 'pw' };

  it('without the upcaster, the old account is never decided on: the command fails and the projection dead-letters it', async () => {
    oldAccounts.remove();
    const store = await storeWithOldAccounts('hanako');
    await expect(registerHandler(store).execute(hanako, metadata)).rejects.toThrow(EventSchemaError);

    const readModels = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(store, readModels, [staffAccountProjection], new SilentLogger());
    runner.start();
    expect(await runner.waitFor((await store.headPosition())!, 2000)).toBe(true);
    await runner.stop();
    expect(readModels.get<StaffAccountDocument>(staffAccountProjection.readModel, 'hanako')).toBeUndefined();
    expect(readModels.openDeadLetterCount()).toBe(1);
  });

  it('reaches the staff-account projection: the account reads as v1, each stored event lifted once', async () => {
    const store = await storeWithOldAccounts('hanako', 'taro');
    const readModels = new SqliteReadModelStore(':memory:');
    const runner = new ProjectionRunner(store, readModels, [staffAccountProjection], new SilentLogger());
    runner.start();
    expect(await runner.waitFor((await store.headPosition())!, 2000)).toBe(true);
    await runner.stop();

    expect(readModels.get<StaffAccountDocument>(staffAccountProjection.readModel, 'hanako')).toEqual({
      staffId: 'staff-hanako',
      username: 'hanako',
      displayName: '花巻 花子',
      role: 'counter',
      departmentIds: ['juumin'],
      counterId: null,
      passwordHash: 'scrypt$old',
      sessionsEndedAt: null,
    });
    expect(readModels.get<StaffAccountDocument>(staffAccountProjection.readModel, 'taro')?.departmentIds).toEqual(['juumin']);
    expect(readModels.openDeadLetterCount()).toBe(0);
    // keysOf and evolve read the same stored event: the reader lifts it once, not twice.
    expect(lifted).toBe(2);
  });

  it("reaches the register-staff handler's state: the old account is there, its username taken", async () => {
    const store = await storeWithOldAccounts('hanako');
    await expect(registerHandler(store).execute(hanako, metadata)).rejects.toMatchObject({ code: 'STAFF.ALREADY_REGISTERED' });
    expect(await store.readStream(staffStreamId('hanako'))).toHaveLength(1);
  });
});

describe("the contexts' shared readers after those tests", () => {
  const atVersion0 = (type: string, data: Record<string, unknown>) => {
    const event = recorded(type, data, 1);
    return { ...event, metadata: { ...event.metadata, schemaVersion: 0 } };
  };

  it('keep no upcaster a test registered: the made-up old shapes are unreadable again', () => {
    expect(() => visitEvents.read(atVersion0('InterviewAnswered', { visitId: 'v', questionId: 'q', answer: 1 }))).toThrow(EventSchemaError);
    expect(() => staffEvents.read(atVersion0('StaffAccountRegistered', { username: 'hanako', name: '花巻 花子' }))).toThrow(EventSchemaError);
  });
});
