import type { ReadStreamOptions, RecordedEvent } from '../../../application/shared/event-store';

/** Applies direction, start revision and count to a whole stream held in memory. */
export function sliceStream(stream: readonly RecordedEvent[], options: ReadStreamOptions): RecordedEvent[] {
  const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  const from = options.fromRevision;
  if (options.direction === 'backwards') {
    const startIndex = from === undefined || from === 'end' ? stream.length - 1 : from === 'start' ? 0 : Math.min(from, stream.length - 1);
    const result: RecordedEvent[] = [];
    for (let i = startIndex; i >= 0 && result.length < maxCount; i--) result.push(stream[i]!);
    return result;
  }
  const startIndex = from === undefined || from === 'start' ? 0 : from === 'end' ? stream.length : from;
  return stream.slice(startIndex, startIndex + maxCount);
}
