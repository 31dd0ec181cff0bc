import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../application/shared/event-store';

/** An event to append in store tests, with complete metadata. */
export function newEvent(type: string, data: Record<string, unknown> = {}): NewEvent {
  return {
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      occurredAt: '2026-11-24T09:00:00.000Z',
      actor: 'staff-1',
      correlationId: randomUUID(),
      causationId: null,
      schemaVersion: 1,
    },
  };
}
