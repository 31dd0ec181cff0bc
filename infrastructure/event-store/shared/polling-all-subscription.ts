import type { AllSubscription, Position, RecordedEvent } from '../../../application/shared/event-store';
import type { LiveNotifier } from './live-notifier';

export type ReadAfter = (after: Position | undefined, maxCount: number) => Promise<RecordedEvent[]>;

/**
 * Catch-up then live subscription over a store that can read "after a position" and wake waiters
 * on commit. Reads in pages, so a subscriber that starts at 0 on a large store never holds it all.
 */
export function createPollingAllSubscription(
  readAfter: ReadAfter,
  notifier: LiveNotifier,
  start: Position | undefined,
  pageSize = 512,
): AllSubscription {
  const closing = new AbortController();

  async function* run(): AsyncGenerator<RecordedEvent> {
    let after = start;
    while (!closing.signal.aborted) {
      const wakeUp = notifier.next(closing.signal);
      const page = await readAfter(after, pageSize);
      for (const event of page) {
        if (closing.signal.aborted) return;
        yield event;
        after = event.position;
      }
      if (page.length < pageSize) await wakeUp;
    }
  }

  const iterator = run();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closing.abort();
      await iterator.return(undefined);
    },
  };
}
