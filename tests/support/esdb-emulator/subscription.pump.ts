import { randomUUID } from 'node:crypto';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { type EmulatorLog, type StoredEvent, TOMBSTONE_REVISION } from './emulator-log.storage';
import type { EventFilter } from './event-filter.matcher';
import {
  caughtUpResponse,
  checkpointResponse,
  confirmationResponse,
  type ReadEventOptions,
  streamNameOf,
  toReadEventResponse,
} from './grpc-message.mapper';
import { isOpen, writeMessage } from './response-writer';
import { serverShuttingDownError, streamDeletedError } from './rpc-errors';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** Long-running calls the emulator must end when it stops. */
export class ActiveCalls {
  private readonly closers = new Set<() => void>();

  add(closer: () => void): () => void {
    this.closers.add(closer);
    return () => this.closers.delete(closer);
  }

  closeAll(): void {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }
}

interface SubscriptionSource {
  /** The growing, append-only list the subscription walks through. */
  readonly events: () => readonly StoredEvent[];
  readonly startIndex: number;
  readonly accepts: (event: StoredEvent) => boolean;
  /** Checkpoints are sent only to filtered $all subscriptions. */
  readonly checkpointInterval: number | undefined;
  readonly streamName: string | undefined;
}

/**
 * A catch-up subscription as the server runs it: a confirmation, the historical events, a
 * checkpoint (filtered $all only) and `caughtUp`, then live events as they are written.
 * Subscribing from a revision or position is exclusive: delivery starts after it.
 */
export function startSubscription(
  call: ReadCall,
  log: EmulatorLog,
  options: ReadReq.Options,
  readOptions: ReadEventOptions,
  filter: EventFilter | undefined,
  activeCalls: ActiveCalls,
): void {
  const source = toSource(log, options, filter);
  let stopped = false;
  let wake: (() => void) | undefined;
  const stop = (): void => {
    stopped = true;
    wake?.();
  };
  const unlisten = log.onAppended(() => wake?.());
  const unregister = activeCalls.add(() => {
    stop();
    if (isOpen(call)) call.emit('error', serverShuttingDownError());
  });
  call.on('cancelled', stop);
  call.on('close', stop);

  async function pump(): Promise<void> {
    if (!(await writeMessage(call, confirmationResponse(randomUUID())))) return;
    let index = source.startIndex;
    let scanned = 0;
    let caughtUp = false;
    while (!stopped && isOpen(call)) {
      const events = source.events();
      while (index < events.length && !stopped) {
        const event = events[index++];
        if (!event) continue;
        scanned++;
        if (source.streamName !== undefined && event.revision === TOMBSTONE_REVISION) {
          call.emit('error', streamDeletedError(source.streamName));
          return;
        }
        if (source.accepts(event) && !(await writeMessage(call, toReadEventResponse(event, readOptions, log)))) return;
        if (source.checkpointInterval && scanned % source.checkpointInterval === 0) {
          if (!(await writeMessage(call, checkpointResponse(event.position)))) return;
        }
      }
      if (!caughtUp) {
        caughtUp = true;
        const head = log.all[log.all.length - 1]?.position ?? 0n;
        if (source.checkpointInterval && !(await writeMessage(call, checkpointResponse(head)))) return;
        if (!(await writeMessage(call, caughtUpResponse()))) return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (stopped || source.events().length > index) resolve();
      });
      wake = undefined;
    }
  }

  pump()
    .catch((error: unknown) => {
      if (isOpen(call)) call.emit('error', error instanceof Error ? error : new Error(String(error)));
    })
    .finally(() => {
      unlisten();
      unregister();
    });
}

function toSource(log: EmulatorLog, options: ReadReq.Options, filter: EventFilter | undefined): SubscriptionSource {
  const streamOptions = options.getStream();
  if (options.getStreamOptionCase() === ReadReq.Options.StreamOptionCase.STREAM && streamOptions) {
    const streamName = streamNameOf(streamOptions.getStreamIdentifier());
    const { RevisionOptionCase } = ReadReq.Options.StreamOptions;
    const current = log.rawStream(streamName).length;
    const startIndex =
      streamOptions.getRevisionOptionCase() === RevisionOptionCase.REVISION
        ? Number(BigInt(streamOptions.getRevision()) + 1n)
        : streamOptions.getRevisionOptionCase() === RevisionOptionCase.END
          ? current
          : 0;
    return {
      events: () => log.rawStream(streamName),
      startIndex,
      accepts: (event) => event.revision >= log.truncateBefore(streamName),
      checkpointInterval: undefined,
      streamName,
    };
  }
  const allOptions = options.getAll();
  const { AllOptionCase } = ReadReq.Options.AllOptions;
  let startIndex = 0;
  if (allOptions?.getAllOptionCase() === AllOptionCase.END) startIndex = log.all.length;
  if (allOptions?.getAllOptionCase() === AllOptionCase.POSITION) {
    startIndex = log.indexAfter(BigInt(allOptions.getPosition()?.getCommitPosition() || '0'));
  }
  return {
    events: () => log.all,
    startIndex,
    accepts: filter?.accepts ?? (() => true),
    checkpointInterval: filter?.checkpointInterval,
    streamName: undefined,
  };
}
