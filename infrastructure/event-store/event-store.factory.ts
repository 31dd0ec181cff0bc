import { join } from 'node:path';
import type { EventStore } from '../../application/shared/event-store';
import { EsdbEventStore } from './esdb/esdb-event-store.adapter';
import { InMemoryEventStore } from './memory/in-memory-event-store.adapter';
import { SqliteEventStore } from './sqlite/sqlite-event-store.adapter';

export class EventStoreUrlError extends Error {
  constructor(url: string) {
    super(
      `EVENT_STORE_URL「${url}」は使えません。未設定（組み込み SQLite）、memory:（試験用）、` +
        'esdb://ホスト:2113?tls=false または esdb+discover://... を指定してください。',
    );
    this.name = 'EventStoreUrlError';
  }
}

/**
 * Picks the event store from EVENT_STORE_URL: unset -> embedded SQLite in DATA_DIR;
 * esdb:// or esdb+discover:// -> EventStoreDB; memory: -> in process (tests only).
 */
export function createEventStore(url: string | undefined, dataDir: string): EventStore {
  if (!url) return new SqliteEventStore(join(dataDir, 'events.sqlite'));
  if (url === 'memory:') return new InMemoryEventStore();
  if (/^esdb(\+discover)?:\/\//.test(url)) return EsdbEventStore.fromConnectionString(url);
  throw new EventStoreUrlError(url);
}
