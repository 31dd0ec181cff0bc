import { httpResource } from '@angular/common/http';
import { Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { VisitDetailDto } from '@madoguchi/application/visit/read-models/visit-detail.dto';
import { switchMap } from 'rxjs';
import { JapaneseDatePipe } from '../core/dates/japanese-date-pipe';
import { problemMessage } from '../core/http/problem-message';
import { LiveUpdates } from '../core/live/live-updates';

/** 来庁受付の詳細: one visit (`GET /api/visits/:id`), refreshed when it changes. */
@Component({
  selector: 'mdg-visit-detail-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, RouterLink, JapaneseDatePipe],
  templateUrl: './visit-detail-page.html',
  styleUrl: './visit-detail-page.scss',
})
export class VisitDetailPage {
  /** The route parameter `:id` (component input binding). */
  readonly id = input.required<string>();

  protected readonly visit = httpResource<VisitDetailDto>(() => `/api/visits/${encodeURIComponent(this.id())}`);
  protected readonly error = computed(() => (this.visit.error() ? problemMessage(this.visit.error()) : null));

  constructor() {
    const live = inject(LiveUpdates);
    toObservable(this.id)
      .pipe(
        switchMap((id) => live.watch('visit-detail', id)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.visit.reload());
  }
}
