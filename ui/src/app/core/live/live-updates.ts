import { Injectable, inject, signal } from '@angular/core';
import type { ReadModelChangeDto } from '@madoguchi/application/city/city.dto';
import { filter, map, Observable, retry, share, timer } from 'rxjs';
import { EVENT_SOURCE_FACTORY } from './event-source-factory';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

/** A read model changed, or the channel (re)opened and anything may have changed meanwhile. */
export type LiveNotice = { readonly kind: 'change'; readonly change: ReadModelChangeDto } | { readonly kind: 'resync' };

const maxBackoffMs = 15_000;

/**
 * The live channel (`GET /api/live`, server-sent events named `change`) as one shared, reconnecting
 * Observable. The browser's EventSource retries by itself after a dropped connection; when the server
 * refuses (the stream is CLOSED) we reopen with a growing delay.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdates {
  private readonly openSource = inject(EVENT_SOURCE_FACTORY);
  private readonly statusState = signal<LiveStatus>('connecting');

  readonly status = this.statusState.asReadonly();

  readonly notices$: Observable<LiveNotice> = new Observable<LiveNotice>((subscriber) => {
    const source = this.openSource('/api/live');
    source.onopen = () => {
      this.statusState.set('connected');
      subscriber.next({ kind: 'resync' });
    };
    source.addEventListener('change', (event) => {
      const change = parseChange((event as MessageEvent<string>).data);
      if (change) subscriber.next({ kind: 'change', change });
    });
    source.onerror = () => {
      this.statusState.set('reconnecting');
      if (source.readyState === source.CLOSED) subscriber.error(new Error('live channel closed'));
    };
    return () => source.close();
  }).pipe(
    retry({ delay: (_error, attempt) => timer(Math.min(500 * 2 ** (attempt - 1), maxBackoffMs)) }),
    share(),
  );

  /** Emits whenever the document `key` of `readModel` may have changed: refetch it then. */
  watch(readModel: string, key: string): Observable<void> {
    return this.notices$.pipe(
      filter((notice) => notice.kind === 'resync' || (notice.change.readModel === readModel && notice.change.key === key)),
      map(() => undefined),
    );
  }

  /** Emits whenever any document of these read models may have changed (boards listing many visits). */
  watchModels(...readModels: string[]): Observable<void> {
    return this.notices$.pipe(
      filter((notice) => notice.kind === 'resync' || readModels.includes(notice.change.readModel)),
      map(() => undefined),
    );
  }
}

function parseChange(data: string): ReadModelChangeDto | null {
  try {
    const value = JSON.parse(data) as Partial<ReadModelChangeDto>;
    return typeof value.readModel === 'string' && typeof value.key === 'string'
      ? { readModel: value.readModel, key: value.key, position: String(value.position ?? '') }
      : null;
  } catch {
    return null;
  }
}
