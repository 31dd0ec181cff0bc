import { createHash } from 'node:crypto';
import { type EventData, jsonEvent, type ResolvedEvent, type AllStreamResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, NewEvent, Position, RecordedEvent } from '../../../application/shared/event-store';
import { fromEsdbPosition } from './esdb-position.mapper';

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stands in where an old server gives no $all position for a stream read (before 22.6). */
const UNKNOWN_POSITION: Position = { commit: -1n, prepare: -1n };

/**
 * EventStoreDB event ids must be UUIDs; ours (metadata.eventId) normally are and are used as is,
 * which also makes a retried append idempotent on the server. Any other id is hashed into a
 * stable name-based UUID (version 5 layout) so retries still carry the same id.
 */
export function toEsdbEventId(eventId: string): string {
  if (UUID_TEXT.test(eventId)) return eventId.toLowerCase();
  const hex = createHash('sha1').update(`madoguchi-event:${eventId}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** Data and metadata go as JSON; the metadata is our EventMetadata object, unchanged. */
export function toEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: toEsdbEventId(event.metadata.eventId),
    type: event.type,
    data: { ...event.data },
    metadata: { ...event.metadata },
  });
}

/** System events: `$`-prefixed types (`$metadata`, `$>`, `$streamDeleted`, ...) or `$`-prefixed streams. */
export function isSystemEvent(event: { readonly streamId: string; readonly type: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

type AnyResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;
type EsdbRecorded = NonNullable<AnyResolvedEvent['event']>;

/** Events written by other tools may lack our metadata: give them a neutral one rather than fail. */
function toMetadata(recorded: EsdbRecorded): EventMetadata {
  const metadata = recorded.metadata;
  if (isPlainObject(metadata) && typeof metadata['eventId'] === 'string' && typeof metadata['occurredAt'] === 'string') {
    return metadata as unknown as EventMetadata;
  }
  return {
    eventId: recorded.id,
    occurredAt: recorded.created.toISOString(),
    actor: 'system',
    correlationId: recorded.id,
    causationId: null,
    schemaVersion: 1,
  };
}

function toData(recorded: EsdbRecorded): Readonly<Record<string, unknown>> {
  if (recorded.isJson && isPlainObject(recorded.data)) return recorded.data;
  if (recorded.data instanceof Uint8Array) return { base64: Buffer.from(recorded.data).toString('base64') };
  return { value: recorded.data };
}

/** Undefined when the read carried no event (an unresolved link). */
export function toRecordedEvent(resolved: AnyResolvedEvent): RecordedEvent | undefined {
  const recorded = resolved.event;
  if (!recorded) return undefined;
  return {
    streamId: recorded.streamId,
    revision: Number(recorded.revision),
    position: fromEsdbPosition(recorded.position, resolved.commitPosition) ?? UNKNOWN_POSITION,
    type: recorded.type,
    data: toData(recorded),
    metadata: toMetadata(recorded),
  };
}
