import type { ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { EmulatorLog, StoredEvent } from './emulator-log.storage';
import { type EventFilter, toEventFilter } from './event-filter.matcher';
import { type ReadEventOptions, streamNameOf, streamNotFoundResponse, toReadEventResponse } from './grpc-message.mapper';
import { writeMessage } from './response-writer';
import { invalidArgumentError, streamDeletedError } from './rpc-errors';
import { type ActiveCalls, startSubscription } from './subscription.pump';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** Streams.Read: stream and $all reads (both directions, counts, filters) and catch-up subscriptions. */
export function createReadHandler(log: EmulatorLog, activeCalls: ActiveCalls): (call: ReadCall) => void {
  return (call) => {
    const options = call.request.getOptions();
    if (!options) {
      call.emit('error', invalidArgumentError('Read options are required.'));
      return;
    }
    const readOptions: ReadEventOptions = {
      uuidAsString: options.getUuidOption()?.getContentCase() === ReadReq.Options.UUIDOption.ContentCase.STRING,
      resolveLinks: options.getResolveLinks(),
    };
    const filter = toEventFilter(options);
    if (options.getCountOptionCase() === ReadReq.Options.CountOptionCase.SUBSCRIPTION) {
      startSubscription(call, log, options, readOptions, filter, activeCalls);
      return;
    }
    void readOnce(call, log, options, readOptions, filter);
  };
}

async function readOnce(
  call: ReadCall,
  log: EmulatorLog,
  options: ReadReq.Options,
  readOptions: ReadEventOptions,
  filter: EventFilter | undefined,
): Promise<void> {
  const count = clampCount(options.getCount());
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const streamOptions = options.getStream();
  let events: StoredEvent[];
  if (options.getStreamOptionCase() === ReadReq.Options.StreamOptionCase.STREAM && streamOptions) {
    const streamName = streamNameOf(streamOptions.getStreamIdentifier());
    const stream = log.readableStream(streamName);
    if (stream.state === 'tombstoned') {
      call.emit('error', streamDeletedError(streamName));
      return;
    }
    if (stream.state === 'absent') {
      await writeMessage(call, streamNotFoundResponse(streamName));
      call.end();
      return;
    }
    events = selectFromStream(stream.events, streamOptions, backwards, count);
  } else {
    const allOptions = options.getAll();
    if (!allOptions) {
      call.emit('error', invalidArgumentError('Either stream or all options are required.'));
      return;
    }
    events = selectFromAll(log.all, allOptions, backwards, count, filter);
  }
  for (const event of events) {
    if (!(await writeMessage(call, toReadEventResponse(event, readOptions, log)))) return;
  }
  call.end();
}

function clampCount(count: string): number {
  const value = BigInt(count || '0');
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** Stream reads are inclusive of the starting revision in both directions. */
function selectFromStream(
  events: readonly StoredEvent[],
  options: ReadReq.Options.StreamOptions,
  backwards: boolean,
  count: number,
): StoredEvent[] {
  const { RevisionOptionCase } = ReadReq.Options.StreamOptions;
  const revisionCase = options.getRevisionOptionCase();
  const revision = revisionCase === RevisionOptionCase.REVISION ? BigInt(options.getRevision()) : undefined;
  if (!backwards) {
    if (revisionCase === RevisionOptionCase.END) return [];
    const from = revision ?? 0n;
    return events.filter((event) => event.revision >= from).slice(0, count);
  }
  if (revisionCase === RevisionOptionCase.START) return events.filter((event) => event.revision === 0n).slice(0, count);
  const upTo = revision;
  const selected = upTo === undefined ? [...events] : events.filter((event) => event.revision <= upTo);
  return selected.reverse().slice(0, count);
}

/**
 * $all reads: forwards from a position includes the event at that position; backwards from a
 * position returns the events before it (the position marks the point in front of a record).
 * With a filter, the count applies to the events that pass it.
 */
function selectFromAll(
  log: readonly StoredEvent[],
  options: ReadReq.Options.AllOptions,
  backwards: boolean,
  count: number,
  filter: EventFilter | undefined,
): StoredEvent[] {
  const { AllOptionCase } = ReadReq.Options.AllOptions;
  const allCase = options.getAllOptionCase();
  const position = allCase === AllOptionCase.POSITION ? BigInt(options.getPosition()?.getCommitPosition() || '0') : undefined;
  const accepts = filter?.accepts ?? (() => true);
  const selected: StoredEvent[] = [];
  if (!backwards) {
    if (allCase === AllOptionCase.END) return [];
    for (const event of log) {
      if (selected.length >= count) break;
      if ((position === undefined || event.position >= position) && accepts(event)) selected.push(event);
    }
    return selected;
  }
  if (allCase === AllOptionCase.START) return [];
  for (let i = log.length - 1; i >= 0 && selected.length < count; i--) {
    const event = log[i];
    if (event && (position === undefined || event.position < position) && accepts(event)) selected.push(event);
  }
  return selected;
}
