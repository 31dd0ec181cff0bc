import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { StoredEvent } from './emulator-log.storage';

/** The server-side filter of a $all read or subscription (stream name or event type; regex or prefixes). */
export interface EventFilter {
  readonly accepts: (event: StoredEvent) => boolean;
  /** Send a checkpoint after this many events were searched (max search window x multiplier). */
  readonly checkpointInterval: number;
}

/** The server's default search window when the client asks for `count` instead of `max`. */
const DEFAULT_SEARCH_WINDOW = 32;

export function toEventFilter(options: ReadReq.Options): EventFilter | undefined {
  const filter = options.getFilter();
  if (options.getFilterOptionCase() !== ReadReq.Options.FilterOptionCase.FILTER || !filter) return undefined;
  const { FilterCase, WindowCase } = ReadReq.Options.FilterOptions;
  const onStreamName = filter.getFilterCase() === FilterCase.STREAM_IDENTIFIER;
  const expression = onStreamName ? filter.getStreamIdentifier() : filter.getEventType();
  const matches = toMatcher(expression);
  const window = filter.getWindowCase() === WindowCase.MAX ? filter.getMax() : DEFAULT_SEARCH_WINDOW;
  return {
    accepts: (event) => matches(onStreamName ? event.streamId : event.type),
    checkpointInterval: Math.max(1, window) * Math.max(1, filter.getCheckpointintervalmultiplier()),
  };
}

function toMatcher(expression: ReadReq.Options.FilterOptions.Expression | undefined): (text: string) => boolean {
  if (!expression) return () => true;
  const regex = expression.getRegex();
  if (regex) {
    const pattern = new RegExp(regex);
    return (text) => pattern.test(text);
  }
  const prefixes = expression.getPrefixList();
  return (text) => prefixes.some((prefix) => text.startsWith(prefix));
}
