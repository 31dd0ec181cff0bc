import { Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import type { QueueItemDto } from '@madoguchi/application/visit/read-models/department-queue.dto';
import { JapaneseDatePipe } from '../core/dates/japanese-date-pipe';

/** The rows of the queue; a row (or its time link, for keyboard users) opens the visit. */
@Component({
  selector: 'mdg-queue-table',
  imports: [MatIconModule, MatTableModule, RouterLink, JapaneseDatePipe],
  templateUrl: './queue-table.html',
  styleUrl: './queue-table.scss',
})
export class QueueTable {
  private readonly router = inject(Router);

  readonly visits = input.required<readonly QueueItemDto[]>();

  protected readonly columns = ['openedAt', 'counter', 'openedBy', 'status', 'open'] as const;

  protected open(visit: QueueItemDto): void {
    void this.router.navigate(['/visits', visit.visitId]);
  }
}
