import { httpResource } from '@angular/common/http';
import { Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { CityDirectory } from '../../core/city/city-directory';
import { formatJapaneseDate } from '../../core/dates/japanese-date';
import { problemMessage } from '../../core/http/problem-message';
import { guideContent } from './visit-guide';

/** 受付案内票 (/visits/:id/guide): an A4 sheet for the resident — what is done, what remains, where and by when. */
@Component({
  selector: 'mdg-visit-guide-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  templateUrl: './visit-guide-page.html',
  styleUrl: './visit-guide-page.scss',
})
export class VisitGuidePage {
  readonly id = input.required<string>();

  private readonly directory = inject(CityDirectory);
  protected readonly visit = httpResource<VisitWorkspaceDto>(() => `/api/visits/${encodeURIComponent(this.id())}`);
  protected readonly error = computed(() => (this.visit.error() ? problemMessage(this.visit.error()) : null));
  protected readonly content = computed(() => (this.visit.hasValue() ? guideContent(this.visit.value()) : null));
  protected readonly cityName = computed(() => this.directory.city()?.name ?? '');
  protected readonly today = formatJapaneseDate(new Date().toISOString());

  constructor() {
    // A message left over from the workspace must not end up on the resident's paper.
    inject(MatSnackBar).dismiss();
  }

  protected print(): void {
    window.print();
  }
}
