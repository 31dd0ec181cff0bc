import { CommandHandler, ConcurrencyConflictError, StaleRevisionError } from '../../../application/shared/command-handling';
import type { EventStore } from '../../../application/shared/event-store';
import { visitEvents } from '../../../application/visit';
import { type OpenVisit, visitDecider } from '../../../domain/visit';
import { InMemoryEventStore } from '../../../infrastructure/event-store/memory/in-memory-event-store.adapter';

let n = 0;
const ids = { next: () => `id-${++n}` };
const open = (visitId: string): OpenVisit => ({
  type: 'OpenVisit',
  data: { visitId, officeId: 'honcho', departmentId: 'kodomo', counterId: 'kodomo-01', ticketNumber: 1 },
  metadata: { now: '2026-11-24T00:00:00.000Z', actor: 'staff-9', correlationId: 'corr-1' },
});

describe('generic command handler', () => {
  it('appends the decided events with metadata from the command, at the schema version the reader writes', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, visitDecider, visitEvents, ids);
    const result = await handler.handle('visit-a', open('a'));
    expect(result.revision).toBe(0);
    const [stored] = await store.readStream('visit-a');
    expect(stored!.metadata).toMatchObject({ actor: 'staff-9', correlationId: 'corr-1', occurredAt: '2026-11-24T00:00:00.000Z', schemaVersion: 2 });
  });

  it('turns a write that lost a race into a concurrency conflict', async () => {
    const store = new InMemoryEventStore();
    const racing: EventStore = Object.create(store) as EventStore;
    racing.readStream = async () => [];
    await store.append('visit-b', [{ type: 'VisitOpened', data: {}, metadata: { eventId: 'x', occurredAt: '', actor: '', correlationId: '', causationId: null, schemaVersion: 1 } }], 'no_stream');
    const handler = new CommandHandler(racing, visitDecider, visitEvents, ids);
    await expect(handler.handle('visit-b', open('b'))).rejects.toBeInstanceOf(ConcurrencyConflictError);
  });

  it('refuses a command made on a stale screen (If-Match) before deciding', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, visitDecider, visitEvents, ids);
    await handler.handle('visit-c', open('c'));
    await expect(handler.handle('visit-c', open('c'), { expectedRevision: 5 })).rejects.toBeInstanceOf(StaleRevisionError);
  });
});
