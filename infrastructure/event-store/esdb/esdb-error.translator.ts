import { status } from '@grpc/grpc-js';
import {
  CancelledError,
  DeadlineExceededError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  EventStoreUnavailableError,
  type ExpectedRevision,
  WrongExpectedRevisionError,
} from '../../../application/shared/event-store';

export interface AppendContext {
  readonly streamId: string;
  readonly expected: ExpectedRevision;
}

function grpcCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * The server could not be reached or did not answer in time: refused connections, dropped
 * channels, deadlines, a failed cluster discovery. The raw gRPC error reaches us too (the
 * client's first call, ServerFeatures, rethrows it unconverted).
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof CancelledError) return true;
  const code = grpcCode(error);
  if (code === status.UNAVAILABLE || code === status.DEADLINE_EXCEEDED) return true;
  return error instanceof Error && /^Failed to discover after \d+ attempts/.test(error.message);
}

function toActual(actual: WrongExpectedVersionError['actualVersion']): number | 'no_stream' | undefined {
  if (typeof actual === 'bigint') return Number(actual);
  return actual === 'no_stream' ? 'no_stream' : undefined;
}

/** Client errors to the port's errors; anything else is rethrown as it came. */
export function translateEsdbError(error: unknown, append?: AppendContext): unknown {
  if (error instanceof WrongExpectedVersionError && append) {
    return new WrongExpectedRevisionError(append.streamId, append.expected, toActual(error.actualVersion));
  }
  if (isUnavailable(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new EventStoreUnavailableError(`イベントストア（EventStoreDB）に接続できません: ${detail}`, { cause: error });
  }
  return error;
}
