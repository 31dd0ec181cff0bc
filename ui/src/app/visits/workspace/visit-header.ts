import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { Clock } from '../../core/time/clock';
import { formatMinutes, minutesSince } from '../../core/time/minutes-since';
import { VisitWorkspaceStore } from './visit-workspace-store';

/** The top of the workspace: 受付番号, where the resident is now, since when; the guide and the timeline. */
@Component({
  selector: 'mdg-visit-header',
  imports: [MatButtonModule, MatIconModule, RouterLink, JapaneseDatePipe],
  templateUrl: './visit-header.html',
  styleUrl: './visit-header.scss',
})
export class VisitHeader {
  private readonly store = inject(VisitWorkspaceStore);
  private readonly clock = inject(Clock);

  protected readonly workspace = this.store.workspace;
  protected readonly waited = computed(() => formatMinutes(minutesSince(this.workspace()?.since, this.clock.now())));
  protected readonly applicant = computed(() => this.workspace()?.persons.find((person) => person.applicant) ?? null);
}
