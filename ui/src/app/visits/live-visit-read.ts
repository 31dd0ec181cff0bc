import { DestroyRef, inject, type Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, EMPTY, map, merge, type Observable, of, Subject, switchMap } from 'rxjs';
import { problemMessage } from '../core/http/problem-message';
import { LiveUpdates } from '../core/live/live-updates';

/** One read model of the visit a page shows, kept current. */
export interface LiveVisitRead<T> {
  /** The latest read; null while the visit's first read is under way. */
  readonly value: Signal<T | null>;
  /** Why the last read failed (Japanese), until a read succeeds. */
  readonly loadError: Signal<string | null>;
  /** The visit being read; null before the first. */
  visitId(): string | null;
  /**
   * Reads each visit the page shows: a new visit clears the screen (and calls `onVisit`), then live changes
   * of the read model and own writes read again; the latest answer wins.
   */
  connect(visitIds: Observable<string>, onVisit?: () => void): void;
  /** Reads again; after a write, `after` is its position, so the answer includes it. */
  reload(after?: string | null): void;
}

/**
 * Keeps `readModel` (its live-update name, keyed by visit id) of the shown visit on screen. Call in an
 * injection context (a store's field initialiser); the reads stop when that injector is destroyed.
 */
export function liveVisitRead<T>(readModel: string, read: (visitId: string, after: string | null) => Observable<T>): LiveVisitRead<T> {
  const live = inject(LiveUpdates);
  const destroyRef = inject(DestroyRef);
  const reloads = new Subject<string | null>();
  const value = signal<T | null>(null);
  const loadError = signal<string | null>(null);
  let visitId: string | null = null;

  const fetch = (id: string, after: string | null): Observable<T> =>
    read(id, after).pipe(
      catchError((error: unknown) => {
        loadError.set(problemMessage(error));
        return EMPTY;
      }),
      map((answer) => {
        loadError.set(null);
        return answer;
      }),
    );

  return {
    value: value.asReadonly(),
    loadError: loadError.asReadonly(),
    visitId: () => visitId,
    connect(visitIds: Observable<string>, onVisit?: () => void): void {
      visitIds
        .pipe(
          switchMap((id) => {
            visitId = id;
            value.set(null);
            loadError.set(null);
            onVisit?.();
            const refetches = merge(of(null), live.watch(readModel, id).pipe(map(() => null)), reloads);
            return refetches.pipe(switchMap((after) => fetch(id, after)));
          }),
          takeUntilDestroyed(destroyRef),
        )
        .subscribe((answer) => value.set(answer));
    },
    reload(after: string | null = null): void {
      reloads.next(after);
    },
  };
}
