import type { sendUnaryData, ServerReadableStream } from '@grpc/grpc-js';
import type { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { EmulatorLog, ExpectedState, ProposedEvent } from './emulator-log.storage';
import { MAX_APPEND_SIZE, toAppendResponse, toExpectedState, toProposedEvent } from './append-message.mapper';
import { streamNameOf } from './grpc-message.mapper';
import {
  handlerExceptionError,
  invalidArgumentError,
  maxAppendSizeError,
  missingMetadataError,
  streamDeletedError,
} from './rpc-errors';

/**
 * Streams.Append: the options first, then one proposed message per event; the answer is a
 * success or a wrong-expected-version result (not an error), as EventStoreDB 21.10+ answers.
 */
export function createAppendHandler(
  log: EmulatorLog,
): (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => void {
  return (call, callback) => {
    let streamName: string | undefined;
    let expected: ExpectedState | undefined;
    const events: ProposedEvent[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: Parameters<typeof callback>[0]): void => {
      if (failed) return;
      failed = true;
      callback(error, null);
    };

    call.on('data', (request: AppendReq) => {
      if (failed) return;
      const options = request.getOptions();
      if (streamName === undefined) {
        if (!options) return fail(invalidArgumentError('The first append message must carry the options.'));
        streamName = streamNameOf(options.getStreamIdentifier());
        expected = toExpectedState(options.getExpectedStreamRevisionCase(), () => options.getRevision());
        if (!expected) return fail(invalidArgumentError('An expected stream revision is required.'));
        return;
      }
      const message = request.getProposedMessage();
      if (!message) return fail(invalidArgumentError('Only proposed messages may follow the options.'));
      const proposed = toProposedEvent(message);
      if (!proposed.ok) return fail(proposed.problem === 'id' ? handlerExceptionError() : missingMetadataError(proposed.problem));
      size += proposed.size;
      if (size > MAX_APPEND_SIZE) return fail(maxAppendSizeError(MAX_APPEND_SIZE));
      events.push(proposed.event);
    });

    call.on('end', () => {
      if (failed) return;
      if (streamName === undefined || !expected) return fail(invalidArgumentError('No append options were sent.'));
      const outcome = log.append(streamName, expected, events);
      if (outcome.kind === 'stream_deleted') return fail(streamDeletedError(streamName));
      callback(null, toAppendResponse(outcome));
    });

    call.on('error', () => {
      failed = true;
    });
  };
}
