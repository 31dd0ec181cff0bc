import type { ServerWritableStream } from '@grpc/grpc-js';

/** True while the client still listens. */
export function isOpen(call: ServerWritableStream<unknown, unknown>): boolean {
  return !call.cancelled && !call.destroyed && !call.writableEnded;
}

/**
 * Writes one message and waits while the transport is saturated (HTTP/2 flow control), so a slow
 * reader is not buffered without bound. Resolves false once the call is gone.
 */
export async function writeMessage<Response>(call: ServerWritableStream<unknown, Response>, message: Response): Promise<boolean> {
  if (!isOpen(call)) return false;
  if (call.write(message)) return true;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      call.off('drain', done);
      call.off('cancelled', done);
      call.off('close', done);
      resolve();
    };
    call.on('drain', done);
    call.on('cancelled', done);
    call.on('close', done);
  });
  return isOpen(call);
}
