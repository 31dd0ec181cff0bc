import { httpResource } from '@angular/common/http';
import { Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { VisitGuideDto } from '@madoguchi/application/visit/read-models/visit-guide.dto';
import { formatJapaneseDate } from '../../core/dates/japanese-date';
import { problemMessage } from '../../core/http/problem-message';

/**
 * 受付案内票 (/visits/:id/guide): an A4 sheet for the resident — what is done, what remains, where, by which
 * day and what to bring, and whom to call. The server computes the days and the places (GET …/guide).
 */
@Component({
  selector: 'mdg-visit-guide-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  templateUrl: './visit-guide-page.html',
  styleUrl: './visit-guide-page.scss',
})
export class VisitGuidePage {
  readonly id = input.required<string>();

  protected readonly guide = httpResource<VisitGuideDto>(() => `/api/visits/${encodeURIComponent(this.id())}/guide`);
  protected readonly error = computed(() => (this.guide.error() ? problemMessage(this.guide.error()) : null));
  protected readonly issuedOn = computed(() => (this.guide.hasValue() ? formatJapaneseDate(this.guide.value().issuedOn) : ''));
  /** Some day on the sheet was counted from today because the visit does not know the event's day. */
  protected readonly countedFromVisitDay = computed(
    () => this.guide.hasValue() && this.guide.value().remaining.some((item) => item.deadline?.countedFrom === 'visit-day'),
  );

  constructor() {
    // A message left over from the workspace must not end up on the resident's paper.
    inject(MatSnackBar).dismiss();
  }

  protected print(): void {
    window.print();
  }
}
