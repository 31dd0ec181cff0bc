import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { DepartmentBoardDto } from '@madoguchi/application/visit/read-models/boards.dto';
import { auditTime, catchError, filter, map, merge, of, startWith, switchMap } from 'rxjs';
import { Session } from '../core/auth/session';
import { CityDirectory } from '../core/city/city-directory';
import { problemMessage } from '../core/http/problem-message';
import { LiveUpdates } from '../core/live/live-updates';
import { Clock } from '../core/time/clock';
import { formatMinutes, minutesSince } from '../core/time/minutes-since';

type BoardState = { readonly board: DepartmentBoardDto | null; readonly error: string | null };

/** 課の手続き状況: every open visit with a procedure of this department, wherever the resident is now. */
@Component({
  selector: 'mdg-department-board-page',
  imports: [MatFormFieldModule, MatProgressBarModule, MatSelectModule, RouterLink],
  templateUrl: './department-board-page.html',
  styleUrl: './department-board-page.scss',
})
export class DepartmentBoardPage {
  /** The route parameter `:id`; without it, the clerk's own department. */
  readonly id = input<string>();

  private readonly http = inject(HttpClient);
  private readonly live = inject(LiveUpdates);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly session = inject(Session);
  private readonly directory = inject(CityDirectory);

  protected readonly departments = computed(() => {
    const staff = this.session.staff();
    const all = this.directory.departments();
    if (!staff || staff.role !== 'counter' || staff.departmentIds.length === 0) return all;
    return all.filter((department) => staff.departmentIds.includes(department.id));
  });

  protected readonly departmentId = computed(
    () => this.id() ?? this.session.staff()?.departmentIds[0] ?? this.directory.departments()[0]?.id ?? null,
  );

  protected readonly state = toSignal(
    toObservable(this.departmentId).pipe(
      filter((id): id is string => id !== null),
      switchMap((id) =>
        merge(of(null), this.live.watchModels('open-visits', 'department-queue').pipe(auditTime(150))).pipe(
          switchMap(() =>
            this.http.get<DepartmentBoardDto>(`/api/departments/${encodeURIComponent(id)}/board`).pipe(
              map((board): BoardState => ({ board, error: null })),
              catchError((error: unknown) => of<BoardState>({ board: null, error: problemMessage(error) })),
            ),
          ),
          startWith<BoardState>({ board: null, error: null }),
        ),
      ),
    ),
    { initialValue: { board: null, error: null } },
  );

  protected waited(since: string): string {
    return formatMinutes(minutesSince(since, this.clock.now()));
  }

  protected choose(departmentId: string): void {
    void this.router.navigate(['/departments', departmentId, 'board']);
  }
}
