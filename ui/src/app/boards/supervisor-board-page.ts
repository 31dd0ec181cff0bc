import { HttpClient } from '@angular/common/http';
import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { SupervisorBoardDto } from '@madoguchi/application/visit/read-models/boards.dto';
import { auditTime, catchError, map, merge, of, scan, switchMap } from 'rxjs';
import { problemMessage } from '../core/http/problem-message';
import { LiveUpdates } from '../core/live/live-updates';
import { Clock } from '../core/time/clock';
import { SupervisorDepartmentCard } from './supervisor-department-card';

interface BoardState {
  readonly board: SupervisorBoardDto | null;
  readonly error: string | null;
}

const clockFormat = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Tokyo' });

/** 全窓口の状況: every department and counter — who waits, how long, who is served, open procedures — live. */
@Component({
  selector: 'mdg-supervisor-board-page',
  imports: [MatProgressBarModule, SupervisorDepartmentCard],
  templateUrl: './supervisor-board-page.html',
  styleUrl: './supervisor-board-page.scss',
})
export class SupervisorBoardPage {
  private readonly http = inject(HttpClient);
  private readonly clock = inject(Clock);

  protected readonly state = toSignal(
    merge(of(null), inject(LiveUpdates).watchModels('open-visits', 'department-queue').pipe(auditTime(150))).pipe(
      switchMap(() =>
        this.http.get<SupervisorBoardDto>('/api/supervisor/board').pipe(
          map((board): Partial<BoardState> => ({ board, error: null })),
          catchError((error: unknown) => of<Partial<BoardState>>({ error: problemMessage(error) })),
        ),
      ),
      scan((state: BoardState, update: Partial<BoardState>) => ({ ...state, ...update }), { board: null, error: null }),
    ),
    { initialValue: { board: null, error: null } },
  );

  protected readonly now = computed(() => clockFormat.format(this.clock.now()));
  protected readonly totals = computed(() => {
    const departments = this.state().board?.departments ?? [];
    return {
      waiting: departments.reduce((sum, department) => sum + department.waiting, 0),
      inService: departments.reduce((sum, department) => sum + department.inService, 0),
    };
  });
}
