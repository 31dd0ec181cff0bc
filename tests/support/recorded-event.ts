import type { RecordedEvent } from '../../application/shared/event-store';

/** A stored event for projection tests. */
export function recorded(type: string, data: Record<string, unknown>, at: number, streamId = 'visit-x', revision = 0): RecordedEvent {
  return {
    streamId,
    revision,
    position: { commit: BigInt(at), prepare: BigInt(at) },
    type,
    data,
    metadata: {
      eventId: `e-${at}`,
      occurredAt: '2026-11-24T00:00:00.000Z',
      actor: 'staff-1',
      correlationId: 'c',
      causationId: null,
      schemaVersion: 1,
    },
  };
}
