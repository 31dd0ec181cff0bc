import { httpResource, type HttpResourceRequest } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ProcedureCatalogue } from '@madoguchi/application/procedure/contracts/catalogue.contract';
import { Session } from '../auth/session';
import { LiveUpdates } from '../live/live-updates';

/** `GET /api/catalogue`: the catalogue and the revision an admin's save must name (If-Match). */
export interface CatalogueDto extends ProcedureCatalogue {
  readonly revision: number;
}

/** The procedure catalogue (procedures, life events with questions, rules), reloaded when an admin changes it. */
@Injectable({ providedIn: 'root' })
export class CatalogueStore {
  private readonly session = inject(Session);
  /** The position of the admin's own last save: the next read waits until the catalogue includes it. */
  private readonly after = signal<string | null>(null);
  private readonly resource = httpResource<CatalogueDto>((): HttpResourceRequest | undefined => {
    if (!this.session.staff()) return undefined;
    const after = this.after();
    const params: Record<string, string> = after ? { after } : {};
    return { url: '/api/catalogue', params };
  });

  readonly catalogue = computed<CatalogueDto | null>(() => (this.resource.hasValue() ? this.resource.value() : null));
  readonly error = this.resource.error;
  readonly procedures = computed(() => this.catalogue()?.procedures ?? []);
  readonly activeLifeEvents = computed(() => (this.catalogue()?.lifeEvents ?? []).filter((event) => event.active));

  constructor() {
    inject(LiveUpdates)
      .watch('procedure-catalogue', 'current')
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.reload());
  }

  /** Reads the catalogue again; after a save, pass its position so that the read includes it. */
  reload(after: string | null = null): void {
    if (after !== null && after !== this.after()) this.after.set(after);
    else this.resource.reload();
  }

  procedureName(id: string): string {
    return this.procedures().find((procedure) => procedure.id === id)?.name ?? id;
  }
}
