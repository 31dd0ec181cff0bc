import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SupervisorDepartmentDto } from '@madoguchi/application/visit/read-models/boards.dto';
import { Clock } from '../core/time/clock';
import { formatMinutes, minutesSince } from '../core/time/minutes-since';

/** Minutes at which a wait is shown as long (amber) and too long (red). */
const longWait = 15;
const tooLongWait = 30;

/** One department on the supervisor's board: counts, the longest wait, each counter, the waiting list. */
@Component({
  selector: 'mdg-supervisor-department-card',
  imports: [RouterLink],
  templateUrl: './supervisor-department-card.html',
  styleUrl: './supervisor-department-card.scss',
})
export class SupervisorDepartmentCard {
  private readonly clock = inject(Clock);
  readonly department = input.required<SupervisorDepartmentDto>();

  protected readonly longestWait = computed(() => minutesSince(this.department().longestWaitingSince, this.clock.now()));
  protected readonly level = computed(() => {
    const minutes = this.longestWait() ?? 0;
    return minutes >= tooLongWait ? 'alert' : minutes >= longWait ? 'warn' : 'ok';
  });
  protected readonly busyCounters = computed(() => this.department().counters.filter((counter) => counter.visits.length > 0));
  protected readonly idleCounters = computed(() => this.department().counters.length - this.busyCounters().length);

  protected minutes(since: string | null): number | null {
    return minutesSince(since, this.clock.now());
  }

  protected format(minutes: number | null): string {
    return formatMinutes(minutes);
  }
}
