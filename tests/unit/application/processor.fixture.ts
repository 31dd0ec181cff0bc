import type { AllSubscription, EventStore, NewEvent, Position, SubscribeToAllOptions } from '../../../application/shared/event-store';
import type { LogFields, Logger } from '../../../application/shared/ports';
import type { DocumentProjection, ReadModelStore } from '../../../application/shared/projections';

/** A tally per group: how many Counted events, and which, in the order applied (a repeat shows twice). */
export interface Tally {
  count: number;
  seen: string[];
}

export const tallyProjection = (options: { version?: number; failOn?: (n: number) => boolean; readModel?: string } = {}): DocumentProjection<Tally> => ({
  readModel: options.readModel ?? 'tally',
  version: options.version ?? 1,
  eventTypes: ['Counted'],
  keysOf: (event) => [String(event.data['group'])],
  evolve: (doc, event) => {
    const n = Number(event.data['n']);
    if (options.failOn?.(n)) throw new Error(`cannot count ${n}`);
    return { count: (doc?.count ?? 0) + 1, seen: [...(doc?.seen ?? []), String(n)] };
  },
});

export const counted = (group: string, n: number, extra: Record<string, unknown> = {}): NewEvent => ({
  type: 'Counted',
  data: { group, n, ...extra },
  metadata: { eventId: `e-${group}-${n}`, occurredAt: '2026-11-24T00:00:00.000Z', actor: 't', correlationId: 'c', causationId: null, schemaVersion: 1 },
});

export interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: LogFields;
}

/** Keeps every line, so that a test can read what was logged. */
export class RecordingLogger implements Logger {
  constructor(readonly lines: LogLine[] = [], private readonly base: LogFields = {}) {}
  info(message: string, fields: LogFields = {}): void {
    this.lines.push({ level: 'info', message, fields: { ...this.base, ...fields } });
  }
  warn(message: string, fields: LogFields = {}): void {
    this.lines.push({ level: 'warn', message, fields: { ...this.base, ...fields } });
  }
  error(message: string, fields: LogFields = {}): void {
    this.lines.push({ level: 'error', message, fields: { ...this.base, ...fields } });
  }
  child(fields: LogFields): Logger {
    return new RecordingLogger(this.lines, { ...this.base, ...fields });
  }
}

/**
 * A read-model store whose next `failures` commits fail inside the transaction, after the documents were
 * written: the real store must roll them back, and the runner must try the batch again.
 */
export function failingCommits(store: ReadModelStore, failures: number): ReadModelStore & { readonly failed: number; failNext(n: number): void } {
  let remaining = failures;
  let failed = 0;
  const poisoned = {
    readModel: 'poison',
    key: 'poison',
    get doc(): unknown {
      throw new Error('disk I/O error (injected)');
    },
  };
  return {
    checkpoint: (readModel) => store.checkpoint(readModel),
    reset: (readModel, version) => store.reset(readModel, version),
    commit: (changes, checkpoints, deadLetters) => {
      if (remaining > 0) {
        remaining -= 1;
        failed += 1;
        store.commit([...changes, poisoned], checkpoints, deadLetters);
        throw new Error('unreachable: the poisoned change throws');
      }
      store.commit(changes, checkpoints, deadLetters);
    },
    get: (readModel, key) => store.get(readModel, key),
    list: (readModel) => store.list(readModel),
    close: () => store.close(),
    deadLetters: (query) => store.deadLetters(query),
    deadLetter: (id) => store.deadLetter(id),
    openDeadLettersOf: (processor, streamId) => store.openDeadLettersOf(processor, streamId),
    openDeadLetterCount: () => store.openDeadLetterCount(),
    get failed() {
      return failed;
    },
    failNext(n: number) {
      remaining = n;
    },
  };
}

/**
 * An event store whose subscriptions can be told to fail, to end at once (and throw when closed), or to
 * deliver nothing (a stalled processor); and whose subscribeToAll can be told to throw before answering.
 */
export function controllableSubscriptions(events: EventStore): EventStore & {
  failSubscriptions(n: number): void;
  endSubscriptions(n: number): void;
  throwOnSubscribe(n: number): void;
  stall: boolean;
  subscribed: Array<Position | undefined>;
} {
  let failures = 0;
  let endings = 0;
  let throws = 0;
  const subscribed: Array<Position | undefined> = [];
  const wrapper = {
    kind: events.kind,
    stall: false,
    subscribed,
    failSubscriptions(n: number) {
      failures = n;
    },
    endSubscriptions(n: number) {
      endings = n;
    },
    throwOnSubscribe(n: number) {
      throws = n;
    },
    append: events.append.bind(events),
    readStream: events.readStream.bind(events),
    readAll: events.readAll.bind(events),
    headPosition: events.headPosition.bind(events),
    close: events.close.bind(events),
    subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
      subscribed.push(options.after);
      if (throws > 0) {
        throws -= 1;
        throw new Error('the client is closed (injected)');
      }
      if (endings > 0) {
        endings -= 1;
        return {
          [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ value: undefined, done: true }) }),
          close: () => {
            throw new Error('the stream has already ended (injected)');
          },
        };
      }
      if (failures > 0) {
        failures -= 1;
        return {
          [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('connection reset (injected)')) }),
          close: () => Promise.resolve(),
        };
      }
      if (wrapper.stall) {
        let wake: (() => void) | undefined;
        return {
          [Symbol.asyncIterator]: () => ({ next: () => new Promise((resolve) => (wake = () => resolve({ value: undefined, done: true }))) }),
          close: async () => wake?.(),
        };
      }
      return events.subscribeToAll(options);
    },
  };
  return wrapper;
}

export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
