import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as WellKnownEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import {
  AllStreamPosition,
  BadRequest,
  MaximumAppendSizeExceeded,
  StreamDeleted,
  Timeout,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { AppendResp, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import type { ExpectedState, ProposedEvent, WriteOutcome } from './emulator-log.storage';
import { EMPTY, toStreamIdentifier, uuidText } from './grpc-message.mapper';

/** The server's default `MaxAppendSize` (1 MiB of event data, metadata and type per append). */
export const MAX_APPEND_SIZE = 1_048_576;

interface ProposedMessageLike {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

export type ProposedResult =
  | { readonly ok: true; readonly event: ProposedEvent; readonly size: number }
  | { readonly ok: false; readonly problem: 'type' | 'content-type' | 'id' };

export function toProposedEvent(message: ProposedMessageLike): ProposedResult {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  if (type === undefined) return { ok: false, problem: 'type' };
  const contentType = metadata.get('content-type');
  if (contentType === undefined) return { ok: false, problem: 'content-type' };
  const eventId = uuidText(message.getId());
  if (eventId === undefined) return { ok: false, problem: 'id' };
  const data = message.getData_asU8();
  const custom = message.getCustomMetadata_asU8();
  const event: ProposedEvent = {
    eventId,
    type,
    contentType: contentType === 'application/json' ? 'application/json' : 'application/octet-stream',
    data,
    metadata: custom,
  };
  return { ok: true, event, size: data.length + custom.length + Buffer.byteLength(type) };
}

/** The `long` the server uses for an expected version: -2 any, -1 no stream, -4 stream exists. */
export function expectedVersionNumber(expected: ExpectedState): bigint {
  switch (expected.kind) {
    case 'any':
      return -2n;
    case 'no_stream':
      return -1n;
    case 'exists':
      return -4n;
    case 'revision':
      return expected.revision;
  }
}

export function toAppendResponse(outcome: Exclude<WriteOutcome, { kind: 'stream_deleted' }>): AppendResp {
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success();
    if (outcome.currentRevision === undefined) success.setNoStream(EMPTY);
    else success.setCurrentRevision(outcome.currentRevision.toString());
    if (outcome.position === undefined) success.setNoPosition(EMPTY);
    else {
      const position = outcome.position.toString();
      success.setPosition(new AppendResp.Position().setCommitPosition(position).setPreparePosition(position));
    }
    return new AppendResp().setSuccess(success);
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  const current = outcome.currentRevision;
  if (current === undefined) wrong.setCurrentNoStream(EMPTY).setNoStream2060(EMPTY);
  else wrong.setCurrentRevision(current.toString()).setCurrentRevision2060(Number(current));
  const expected = outcome.expected;
  if (expected.kind === 'any') wrong.setExpectedAny(EMPTY).setAny2060(EMPTY);
  else if (expected.kind === 'exists') wrong.setExpectedStreamExists(EMPTY).setStreamExists2060(EMPTY);
  else if (expected.kind === 'no_stream') wrong.setExpectedNoStream(EMPTY);
  else wrong.setExpectedRevision(expected.revision.toString()).setExpectedRevision2060(Number(expected.revision));
  return new AppendResp().setWrongExpectedVersion(wrong);
}

function statusWith(code: Code, message: string, detail: { serializeBinary(): Uint8Array }, typeName: string): Status {
  const details = new Any();
  details.pack(detail.serializeBinary(), typeName);
  return new Status().setCode(code).setMessage(message).setDetails(details);
}

export function batchAppendResponse(correlationId: UUID | undefined, streamName: string, outcome: WriteOutcome): BatchAppendResp {
  const response = new BatchAppendResp().setCorrelationId(correlationId).setStreamIdentifier(toStreamIdentifier(streamName));
  if (outcome.kind === 'stream_deleted') {
    const deleted = new StreamDeleted().setStreamIdentifier(toStreamIdentifier(streamName));
    return response.setError(statusWith(Code.NOT_FOUND, 'StreamDeleted', deleted, 'event_store.client.StreamDeleted'));
  }
  if (outcome.kind === 'wrong_expected_version') {
    const wrong = new WrongExpectedVersion();
    if (outcome.currentRevision === undefined) wrong.setCurrentNoStream(new WellKnownEmpty());
    else wrong.setCurrentStreamRevision(outcome.currentRevision.toString());
    const expected = outcome.expected;
    if (expected.kind === 'any') wrong.setExpectedAny(new WellKnownEmpty());
    else if (expected.kind === 'exists') wrong.setExpectedStreamExists(new WellKnownEmpty());
    else if (expected.kind === 'no_stream') wrong.setExpectedNoStream(new WellKnownEmpty());
    else wrong.setExpectedStreamPosition(expected.revision.toString());
    return response.setError(statusWith(Code.ALREADY_EXISTS, 'WrongExpectedVersion', wrong, 'event_store.client.WrongExpectedVersion'));
  }
  const success = new BatchAppendResp.Success();
  if (outcome.currentRevision === undefined) success.setNoStream(new WellKnownEmpty());
  else success.setCurrentRevision(outcome.currentRevision.toString());
  if (outcome.position === undefined) success.setNoPosition(new WellKnownEmpty());
  else {
    const position = outcome.position.toString();
    success.setPosition(new AllStreamPosition().setCommitPosition(position).setPreparePosition(position));
  }
  return response.setSuccess(success);
}

export function batchAppendFailure(
  correlationId: UUID | undefined,
  streamName: string,
  failure: 'max-append-size' | 'timeout' | { badRequest: string },
): BatchAppendResp {
  const response = new BatchAppendResp().setCorrelationId(correlationId).setStreamIdentifier(toStreamIdentifier(streamName));
  if (failure === 'max-append-size') {
    const detail = new MaximumAppendSizeExceeded().setMaxappendsize(MAX_APPEND_SIZE);
    return response.setError(statusWith(Code.INVALID_ARGUMENT, 'MaximumAppendSizeExceeded', detail, 'event_store.client.MaximumAppendSizeExceeded'));
  }
  if (failure === 'timeout') {
    return response.setError(statusWith(Code.DEADLINE_EXCEEDED, 'Timeout', new Timeout(), 'event_store.client.Timeout'));
  }
  const detail = new BadRequest().setMessage(failure.badRequest);
  return response.setError(statusWith(Code.INVALID_ARGUMENT, 'BadRequest', detail, 'event_store.client.BadRequest'));
}

/**
 * Append, Delete, Tombstone and BatchAppend number their expected-revision oneof alike:
 * 2 revision, 3 no stream, 4 any, 5 stream exists.
 */
export function toExpectedState(oneofCase: number, revision: () => string): ExpectedState | undefined {
  switch (oneofCase) {
    case 2:
      return { kind: 'revision', revision: BigInt(revision()) };
    case 3:
      return { kind: 'no_stream' };
    case 4:
      return { kind: 'any' };
    case 5:
      return { kind: 'exists' };
    default:
      return undefined;
  }
}
