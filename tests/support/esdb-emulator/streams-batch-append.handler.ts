import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import type { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { EmulatorLog, ExpectedState, ProposedEvent } from './emulator-log.storage';
import {
  batchAppendFailure,
  batchAppendResponse,
  MAX_APPEND_SIZE,
  toExpectedState,
  toProposedEvent,
} from './append-message.mapper';
import { streamNameOf, uuidText } from './grpc-message.mapper';
import { serverShuttingDownError } from './rpc-errors';
import type { ActiveCalls } from './subscription.pump';

interface PendingWrite {
  readonly correlationId: UUID | undefined;
  readonly streamName: string;
  readonly expected: ExpectedState;
  readonly deadline: number | undefined;
  readonly events: ProposedEvent[];
  size: number;
}

/**
 * Streams.BatchAppend: one long-lived duplex call carries many appends, each identified by a
 * correlation id; the options come with the first chunk, `is_final` closes the append. Writes are
 * applied in arrival order, so racing appends on the same stream get exactly one winner.
 */
export function createBatchAppendHandler(
  log: EmulatorLog,
  activeCalls: ActiveCalls,
): (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => void {
  return (call) => {
    const pending = new Map<string, PendingWrite>();
    const unregister = activeCalls.add(() => {
      if (!call.cancelled && !call.writableEnded) call.emit('error', serverShuttingDownError());
    });
    call.on('close', unregister);
    call.on('cancelled', unregister);
    const reply = (response: BatchAppendResp): void => {
      if (!call.cancelled && !call.writableEnded) call.write(response);
    };

    call.on('data', (request: BatchAppendReq) => {
      const correlationId = request.getCorrelationId();
      const key = uuidText(correlationId) ?? '';
      const options = request.getOptions();
      if (options) {
        const streamName = streamNameOf(options.getStreamIdentifier());
        const expected = toExpectedState(options.getExpectedStreamPositionCase(), () => options.getStreamPosition());
        if (!expected) return reply(batchAppendFailure(correlationId, streamName, { badRequest: 'Expected stream position is required.' }));
        const deadline = options.getDeadline()?.toDate().getTime();
        pending.set(key, { correlationId, streamName, expected, deadline, events: [], size: 0 });
      }
      const write = pending.get(key);
      if (!write) return;
      for (const message of request.getProposedMessagesList()) {
        const proposed = toProposedEvent(message);
        if (!proposed.ok) {
          pending.delete(key);
          return reply(batchAppendFailure(correlationId, write.streamName, { badRequest: `Invalid proposed message: ${proposed.problem}` }));
        }
        write.events.push(proposed.event);
        write.size += proposed.size;
      }
      if (write.size > MAX_APPEND_SIZE) {
        pending.delete(key);
        return reply(batchAppendFailure(correlationId, write.streamName, 'max-append-size'));
      }
      if (!request.getIsFinal()) return;
      pending.delete(key);
      if (write.deadline !== undefined && write.deadline < Date.now()) {
        return reply(batchAppendFailure(correlationId, write.streamName, 'timeout'));
      }
      reply(batchAppendResponse(correlationId, write.streamName, log.append(write.streamName, write.expected, write.events)));
    });

    call.on('end', () => {
      if (!call.writableEnded) call.end();
    });
    call.on('error', () => pending.clear());
  };
}
