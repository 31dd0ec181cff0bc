import { Metadata, status, type ServiceError } from '@grpc/grpc-js';

/**
 * The gRPC errors EventStoreDB raises, with the trailers the clients read
 * (`exception`, `stream-name`, ...; see the server's RpcExceptions).
 */
export function rpcError(code: status, details: string, trailers: Readonly<Record<string, string>> = {}): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(`${code} ${status[code]}: ${details}`), { code, details, metadata });
}

export function streamDeletedError(streamName: string): ServiceError {
  return rpcError(status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': streamName,
  });
}

/** Delete and tombstone report a conflict as an error (append answers it in the response instead). */
export function wrongExpectedVersionError(
  operation: string,
  streamName: string,
  expectedVersion: bigint,
  actualVersion: bigint | undefined,
): ServiceError {
  return rpcError(
    status.FAILED_PRECONDITION,
    `${operation} failed due to WrongExpectedVersion. Stream: ${streamName}, Expected version: ${expectedVersion}, Actual version: ${actualVersion ?? ''}`,
    {
      exception: 'wrong-expected-version',
      'stream-name': streamName,
      'expected-version': expectedVersion.toString(),
      'actual-version': actualVersion?.toString() ?? '',
    },
  );
}

export function missingMetadataError(property: string): ServiceError {
  return rpcError(status.INVALID_ARGUMENT, `Required Metadata Property '${property}' is missing`, {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': 'type,content-type',
  });
}

export function maxAppendSizeError(maxAppendSize: number): ServiceError {
  return rpcError(status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(maxAppendSize),
  });
}

/** What ASP.NET gRPC answers when a handler throws (for example on an event id that is not a UUID). */
export function handlerExceptionError(): ServiceError {
  return rpcError(status.UNKNOWN, 'Exception was thrown by handler.');
}

/** What long-running calls end with when the emulator stops (a real node going down drops them as unavailable). */
export function serverShuttingDownError(): ServiceError {
  return rpcError(status.UNAVAILABLE, 'Server Is Shutting Down');
}

export function invalidArgumentError(details: string): ServiceError {
  return rpcError(status.INVALID_ARGUMENT, details);
}
