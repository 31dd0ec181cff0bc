import { httpResource } from '@angular/common/http';
import { Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { VisitTimelineDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { switchMap } from 'rxjs';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { problemMessage } from '../../core/http/problem-message';
import { LiveUpdates } from '../../core/live/live-updates';

/** 来庁記録のタイムライン: who did what and when at one visit, event by event, live. */
@Component({
  selector: 'mdg-visit-timeline-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, JapaneseDatePipe],
  templateUrl: './visit-timeline-page.html',
  styleUrl: './visit-timeline-page.scss',
})
export class VisitTimelinePage {
  readonly id = input.required<string>();

  protected readonly timeline = httpResource<VisitTimelineDto>(() => `/api/visits/${encodeURIComponent(this.id())}/timeline`);
  protected readonly entries = computed(() => (this.timeline.hasValue() ? this.timeline.value().entries : []));
  protected readonly error = computed(() => (this.timeline.error() ? problemMessage(this.timeline.error()) : null));

  constructor() {
    const live = inject(LiveUpdates);
    toObservable(this.id)
      .pipe(
        switchMap((id) => live.watch('visit-timeline', id)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.timeline.reload());
  }
}
