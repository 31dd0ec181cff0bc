import { Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import type { QueueItemDto } from '@madoguchi/application/visit/read-models/department-queue.dto';
import { Clock } from '../core/time/clock';
import { formatMinutes, minutesSince } from '../core/time/minutes-since';

/** The rows of the queue: 受付番号 big, phase, minutes waited (ticking); 呼出 for those sent here; a row opens the visit. */
@Component({
  selector: 'mdg-queue-table',
  imports: [MatButtonModule, MatIconModule, MatTableModule, RouterLink],
  templateUrl: './queue-table.html',
  styleUrl: './queue-table.scss',
})
export class QueueTable {
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);

  readonly visits = input.required<readonly QueueItemDto[]>();
  /** Whether this clerk may call residents (counter staff and supervisors). */
  readonly canCall = input(false);
  readonly calling = input<string | null>(null);
  readonly call = output<QueueItemDto>();

  protected readonly columns = ['ticket', 'phase', 'since', 'applicant', 'lifeEvents', 'open', 'counter', 'action'] as const;

  protected waited(visit: QueueItemDto): string {
    return formatMinutes(minutesSince(visit.since, this.clock.now()));
  }

  protected open(visit: QueueItemDto): void {
    void this.router.navigate(['/visits', visit.visitId]);
  }
}
