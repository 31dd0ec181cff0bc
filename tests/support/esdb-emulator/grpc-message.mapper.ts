import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { EmulatorLog, StoredEvent } from './emulator-log.storage';

/** Conversions between the emulator's stored events and the wire messages of streams.proto. */

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

export function toStreamIdentifier(streamName: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Uint8Array.from(Buffer.from(streamName, 'utf8')));
}

/** The canonical (lower-case, hyphenated) text of a UUID message, or undefined when it is not one. */
export function uuidText(uuid: UUID | undefined): string | undefined {
  if (!uuid) return undefined;
  if (uuid.hasStructured()) {
    const structured = uuid.getStructured();
    if (!structured) return undefined;
    const most = BigInt.asUintN(64, BigInt(structured.getMostSignificantBits()));
    const least = BigInt.asUintN(64, BigInt(structured.getLeastSignificantBits()));
    const hex = most.toString(16).padStart(16, '0') + least.toString(16).padStart(16, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const text = uuid.getString().trim().toLowerCase().replace(/^\{(.*)\}$/, '$1');
  return UUID_TEXT.test(text) ? text : undefined;
}

/** The server answers ids as text when the reader asked for it, else as two signed 64-bit halves. */
export function toUuidMessage(id: string, asString: boolean): UUID {
  const uuid = new UUID();
  if (asString) return uuid.setString(id);
  const hex = id.replace(/-/g, '');
  const structured = new UUID.Structured()
    .setMostSignificantBits(BigInt.asIntN(64, BigInt(`0x${hex.slice(0, 16)}`)).toString())
    .setLeastSignificantBits(BigInt.asIntN(64, BigInt(`0x${hex.slice(16)}`)).toString());
  return uuid.setStructured(structured);
}

export interface ReadEventOptions {
  readonly uuidAsString: boolean;
  readonly resolveLinks: boolean;
}

function toRecordedEvent(event: StoredEvent, uuidAsString: boolean): ReadResp.ReadEvent.RecordedEvent {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(toUuidMessage(event.eventId, uuidAsString))
    .setStreamIdentifier(toStreamIdentifier(event.streamId))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.position.toString())
    .setPreparePosition(event.position.toString())
    .setData(event.data)
    .setCustomMetadata(event.metadata);
  const metadata = recorded.getMetadataMap();
  metadata.set('type', event.type);
  metadata.set('content-type', event.contentType === 'application/json' ? 'application/json' : 'application/octet-stream');
  metadata.set('created', event.createdTicks.toString());
  return recorded;
}

/** A link event (`$>`, data "revision@stream") resolved to its target, as a read with resolveLinkTos does. */
function linkTarget(event: StoredEvent, log: EmulatorLog): StoredEvent | undefined {
  if (event.type !== '$>') return undefined;
  const match = /^(\d+)@(.+)$/s.exec(Buffer.from(event.data).toString('utf8'));
  if (!match?.[1] || !match[2]) return undefined;
  return log.findEvent(match[2], BigInt(match[1]));
}

export function toReadEventResponse(event: StoredEvent, options: ReadEventOptions, log: EmulatorLog): ReadResp {
  const readEvent = new ReadResp.ReadEvent().setCommitPosition(event.position.toString());
  const target = options.resolveLinks ? linkTarget(event, log) : undefined;
  if (target) {
    readEvent.setEvent(toRecordedEvent(target, options.uuidAsString));
    readEvent.setLink(toRecordedEvent(event, options.uuidAsString));
  } else if (options.resolveLinks && event.type === '$>') {
    readEvent.setLink(toRecordedEvent(event, options.uuidAsString));
  } else {
    readEvent.setEvent(toRecordedEvent(event, options.uuidAsString));
  }
  return new ReadResp().setEvent(readEvent);
}

export function streamNotFoundResponse(streamName: string): ReadResp {
  return new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(toStreamIdentifier(streamName)));
}

export function confirmationResponse(subscriptionId: string): ReadResp {
  return new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId));
}

export function checkpointResponse(position: bigint): ReadResp {
  const checkpoint = new ReadResp.Checkpoint().setCommitPosition(position.toString()).setPreparePosition(position.toString());
  return new ReadResp().setCheckpoint(checkpoint);
}

export function caughtUpResponse(): ReadResp {
  return new ReadResp().setCaughtUp(new ReadResp.CaughtUp());
}

export const EMPTY = new Empty();
