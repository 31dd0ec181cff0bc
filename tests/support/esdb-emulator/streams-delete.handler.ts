import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { DeleteResp, TombstoneResp } from '@eventstore/db-client/generated/streams_pb';
import type { DeleteReq, TombstoneReq } from '@eventstore/db-client/generated/streams_pb';
import type { EmulatorLog, ExpectedState, WriteOutcome } from './emulator-log.storage';
import { expectedVersionNumber, toExpectedState } from './append-message.mapper';
import { EMPTY, streamNameOf } from './grpc-message.mapper';
import { invalidArgumentError, streamDeletedError, wrongExpectedVersionError } from './rpc-errors';

type DeleteOptions = NonNullable<ReturnType<DeleteReq['getOptions']>>;

/** Streams.Delete (soft delete through `$tb` metadata) and Streams.Tombstone (hard delete). */
export function createDeleteHandlers(log: EmulatorLog): {
  delete: (call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>) => void;
  tombstone: (call: ServerUnaryCall<TombstoneReq, TombstoneResp>, callback: sendUnaryData<TombstoneResp>) => void;
} {
  function run(
    options: DeleteOptions | undefined,
    operation: 'Delete' | 'Tombstone',
    act: (streamName: string, expected: ExpectedState) => WriteOutcome,
  ): { error: ReturnType<typeof invalidArgumentError> } | { position: bigint | undefined } {
    if (!options) return { error: invalidArgumentError(`${operation} options are required.`) };
    const streamName = streamNameOf(options.getStreamIdentifier());
    const expected = toExpectedState(options.getExpectedStreamRevisionCase(), () => options.getRevision());
    if (!expected) return { error: invalidArgumentError('An expected stream revision is required.') };
    const outcome = act(streamName, expected);
    if (outcome.kind === 'stream_deleted') return { error: streamDeletedError(streamName) };
    if (outcome.kind === 'wrong_expected_version') {
      const actual = outcome.currentRevision ?? -1n;
      return { error: wrongExpectedVersionError(operation, streamName, expectedVersionNumber(expected), actual) };
    }
    return { position: outcome.position };
  }

  return {
    delete: (call, callback) => {
      const result = run(call.request.getOptions(), 'Delete', (name, expected) => log.softDelete(name, expected));
      if ('error' in result) return callback(result.error, null);
      const response = new DeleteResp();
      if (result.position === undefined) response.setNoPosition(EMPTY);
      else {
        const position = result.position.toString();
        response.setPosition(new DeleteResp.Position().setCommitPosition(position).setPreparePosition(position));
      }
      callback(null, response);
    },
    tombstone: (call, callback) => {
      const result = run(call.request.getOptions(), 'Tombstone', (name, expected) => log.tombstone(name, expected));
      if ('error' in result) return callback(result.error, null);
      const response = new TombstoneResp();
      if (result.position === undefined) response.setNoPosition(EMPTY);
      else {
        const position = result.position.toString();
        response.setPosition(new TombstoneResp.Position().setCommitPosition(position).setPreparePosition(position));
      }
      callback(null, response);
    },
  };
}
