import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
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
  private readonly resource = httpResource<CatalogueDto>(() => (this.session.staff() ? '/api/catalogue' : undefined));

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

  reload(): void {
    this.resource.reload();
  }

  procedureName(id: string): string {
    return this.procedures().find((procedure) => procedure.id === id)?.name ?? id;
  }
}
