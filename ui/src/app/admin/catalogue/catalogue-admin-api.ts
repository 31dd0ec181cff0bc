import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { problemMessage, problemOf } from '../../core/http/problem-message';

export type CatalogueCollection = 'procedures' | 'life-events' | 'rules';

export interface CatalogueSaved {
  readonly revision: number;
  readonly position: string | null;
}

/** What went wrong with a save, for the editor: the message, each problem (422/400), and whether it was stale (412). */
export interface SaveFailure {
  readonly message: string;
  readonly problems: readonly string[];
  readonly stale: boolean;
}

/** Saves one catalogue entry (admins), naming the catalogue revision the editor started from (If-Match). */
@Injectable({ providedIn: 'root' })
export class CatalogueAdminApi {
  private readonly http = inject(HttpClient);
  private readonly store = inject(CatalogueStore);

  save(collection: CatalogueCollection, id: string, entry: object, revision: number): Observable<CatalogueSaved> {
    return this.http.put<CatalogueSaved>(`/api/catalogue/${collection}/${encodeURIComponent(id)}`, entry, {
      headers: new HttpHeaders({ 'If-Match': `"${revision}"` }),
    });
  }

  /**
   * Saves against the revision on screen; null when saved (the catalogue then reloads by itself through
   * the live channel, and now), else what went wrong — a stale revision also reloads the catalogue.
   */
  async saveEntry(collection: CatalogueCollection, id: string, entry: object): Promise<SaveFailure | null> {
    const revision = this.store.catalogue()?.revision ?? 0;
    try {
      const saved = await firstValueFrom(this.save(collection, id, entry, revision));
      this.store.reload(saved.position);
      return null;
    } catch (error: unknown) {
      const failure = saveFailure(error);
      if (failure.stale) this.store.reload();
      return failure;
    }
  }
}

export function saveFailure(error: unknown): SaveFailure {
  const problem = problemOf(error);
  const problems = (problem?.errors ?? []).map((item) => (item.field ? `${item.field}: ${item.message}` : item.message));
  return {
    message: problemMessage(error),
    problems,
    stale: error instanceof HttpErrorResponse && (error.status === 412 || error.status === 409),
  };
}

/** 「一行に一つ」 text as a list, and back. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
