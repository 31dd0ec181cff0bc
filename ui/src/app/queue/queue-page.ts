import { Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { DepartmentDto } from '@madoguchi/application/city/city.dto';
import type { DepartmentQueueDto, QueueItemDto } from '@madoguchi/application/visit/read-models/department-queue.dto';
import { catchError, map, merge, type Observable, of, scan, startWith, Subject, switchMap } from 'rxjs';
import { Session } from '../core/auth/session';
import { CityDirectory } from '../core/city/city-directory';
import { problemMessage } from '../core/http/problem-message';
import { LiveUpdates } from '../core/live/live-updates';
import { QueueApi } from './queue-api';
import { QueueTable } from './queue-table';

/** What the screen knows: the last queue read (kept when a refetch fails) and the last failure. */
interface QueueState {
  readonly queue: DepartmentQueueDto | null;
  readonly error: string | null;
}

const loading: QueueState = { queue: null, error: null };

/**
 * 受付一覧: the visits now at a department, live; 「受付を開始」 opens a visit at the clerk's counter and its
 * workspace; 「呼出」 serves a resident another department sent here.
 */
@Component({
  selector: 'mdg-queue-page',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, QueueTable],
  templateUrl: './queue-page.html',
  styleUrl: './queue-page.scss',
})
export class QueuePage {
  private readonly session = inject(Session);
  private readonly directory = inject(CityDirectory);
  private readonly api = inject(QueueApi);
  private readonly live = inject(LiveUpdates);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  /** Positions of the clerk's own actions: refetch until the read model shows them (null: just refetch). */
  private readonly ownActions = new Subject<string | null>();

  protected readonly staff = this.session.staff;
  protected readonly canOpenVisits = computed(() => ['counter', 'supervisor'].includes(this.staff()?.role ?? ''));

  /** A supervisor may look at any department; others at their own (all, if they have none). */
  protected readonly departments = computed<readonly DepartmentDto[]>(() => {
    const staff = this.staff();
    const all = this.directory.departments();
    if (!staff || staff.role === 'supervisor' || staff.departmentIds.length === 0) return all;
    return all.filter((department) => staff.departmentIds.includes(department.id));
  });
  protected readonly chosenDepartmentId = signal<string | null>(null);
  protected readonly departmentId = computed<string | null>(
    () => this.chosenDepartmentId() ?? this.staff()?.departmentIds[0] ?? this.departments()[0]?.id ?? null,
  );

  protected readonly state = toSignal(
    toObservable(this.departmentId).pipe(
      switchMap((id) => (id === null ? of(loading) : this.queueOf(id))),
    ),
    { initialValue: loading },
  );
  protected readonly visits = computed(() => this.state().queue?.visits ?? []);
  protected readonly waitingCount = computed(() => this.visits().filter((visit) => visit.phase === 'waiting').length);

  /** The clerk's own counter, or (without one) the one they pick among the department's counters. */
  protected readonly departmentCounters = computed(() =>
    this.directory.counters().filter((counter) => counter.departmentId === this.departmentId()),
  );
  protected readonly chosenCounterId = signal<string | null>(null);
  protected readonly counterId = computed(() => this.staff()?.counterId ?? this.chosenCounterId());
  protected readonly opening = signal(false);
  /** The visit being called (呼出), while the call is on its way. */
  protected readonly calling = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected chooseDepartment(id: string): void {
    this.chosenDepartmentId.set(id);
    this.chosenCounterId.set(null);
  }

  protected openVisit(): void {
    const counterId = this.counterId();
    if (counterId === null || this.opening()) return;
    this.opening.set(true);
    this.actionError.set(null);
    this.api.openVisit(counterId).subscribe({
      next: (opened) => {
        this.opening.set(false);
        this.snackBar.open(`受付を開始しました（受付番号 ${opened.ticketNumber}）。`, undefined, { duration: 4000, politeness: 'polite' });
        // The workspace puts the keyboard focus in the first field of step 1, so the clerk types at once.
        void this.router.navigate(['/visits', opened.id], { state: { focus: 'first-step' } });
      },
      error: (error: unknown) => {
        this.opening.set(false);
        this.actionError.set(problemMessage(error));
      },
    });
  }

  /** 呼出: serve a resident sent here at the clerk's counter, then open their workspace. */
  protected call(visit: QueueItemDto): void {
    const counterId = this.counterId() ?? this.departmentCounters()[0]?.id ?? null;
    if (counterId === null || this.calling() !== null) return;
    this.calling.set(visit.visitId);
    this.actionError.set(null);
    this.api.callVisit(visit.visitId, counterId).subscribe({
      next: (changed) => {
        this.calling.set(null);
        if (changed.position) this.ownActions.next(changed.position);
        // The workspace opens at this department's own procedures (the ones the resident was sent here for).
        void this.router.navigate(['/visits', visit.visitId], { state: { focus: 'own-procedures' } });
      },
      error: (error: unknown) => {
        this.calling.set(null);
        this.actionError.set(problemMessage(error));
        this.ownActions.next(null); // someone else may have called them: show the queue as it is now
      },
    });
  }

  private queueOf(departmentId: string): Observable<QueueState> {
    const refetches = merge(
      of(null),
      this.live.watch('department-queue', departmentId).pipe(map(() => null)),
      this.ownActions,
    );
    return refetches.pipe(
      switchMap((position) =>
        (position === null
          ? this.api.departmentQueue(departmentId)
          : this.api.departmentQueueAtLeast(departmentId, position)
        ).pipe(
          map((queue): Partial<QueueState> => ({ queue, error: null })),
          catchError((error: unknown) => of<Partial<QueueState>>({ error: problemMessage(error) })),
        ),
      ),
      scan((state: QueueState, update: Partial<QueueState>) => ({ ...state, ...update }), loading),
      startWith(loading),
    );
  }
}
