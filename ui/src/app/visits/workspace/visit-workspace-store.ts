import { computed, DestroyRef, inject, Injectable, PendingTasks, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { catchError, EMPTY, firstValueFrom, map, merge, type Observable, of, Subject, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { isConflict, problemMessage, problemOf } from '../../core/http/problem-message';
import { LiveUpdates } from '../../core/live/live-updates';
import { VisitApi, type VisitCommandMethod } from '../visit-api';

/** A visit command as the screen sends it. */
export interface VisitCommand {
  readonly method: VisitCommandMethod;
  readonly path: string;
  readonly body?: object | null;
}

export interface RunOptions {
  /** Said in a snackbar when it worked (「保存しました」). */
  readonly success?: string;
  /** Problem codes the caller handles itself (no message shown, no reload), e.g. VISIT.OPEN_PROCEDURES_REMAIN. */
  readonly handles?: readonly string[];
}

export type CommandOutcome =
  | { readonly ok: true; readonly changed: boolean }
  | { readonly ok: false; readonly status: number; readonly code: string | null; readonly message: string };

/**
 * The state of one visit workspace, shared by the page's parts: the latest workspace read, live
 * refreshes, and every command sent with the revision the screen shows (If-Match). A 409 or 412 shows
 * the server's Japanese message and reloads, so the clerk sees what the other clerk did.
 */
@Injectable()
export class VisitWorkspaceStore {
  private readonly api = inject(VisitApi);
  private readonly live = inject(LiveUpdates);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly reloads = new Subject<string | null>();
  private readonly pendingCount = signal(0);
  private visitId: string | null = null;

  readonly staff = inject(Session).staff;
  readonly workspace = signal<VisitWorkspaceDto | null>(null);
  readonly loadError = signal<string | null>(null);
  /** The last conflict (409/412) message, until the clerk dismisses it or acts again. */
  readonly conflict = signal<string | null>(null);
  readonly busy = computed(() => this.pendingCount() > 0);

  readonly isOpen = computed(() => this.workspace()?.status === 'open');
  /** Auditors only look; closed and cancelled visits are read only. */
  readonly canEdit = computed(() => this.isOpen() && this.staff()?.role !== 'auditor');
  /** The visit is now at one of the clerk's departments. */
  readonly atMyDepartment = computed(() => {
    const workspace = this.workspace();
    const staff = this.staff();
    return !!workspace && !!staff && staff.departmentIds.includes(workspace.departmentId);
  });
  /** Waiting at the clerk's department: they call the resident first (呼出). */
  readonly waitingForMe = computed(() => this.isOpen() && this.atMyDepartment() && this.workspace()?.phase === 'waiting');

  /** Starts reading the visits the page shows; live changes and own writes refetch (the latest answer wins). */
  connect(visitIds: Observable<string>): void {
    visitIds
      .pipe(
        switchMap((id) => {
          this.visitId = id;
          this.workspace.set(null);
          this.loadError.set(null);
          this.conflict.set(null);
          const refetches = merge(of(null), this.live.watch('visit-workspace', id).pipe(map(() => null)), this.reloads);
          return refetches.pipe(switchMap((after) => this.fetch(id, after)));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((workspace) => this.workspace.set(workspace));
  }

  reload(after: string | null = null): void {
    this.reloads.next(after);
  }

  dismissConflict(): void {
    this.conflict.set(null);
  }

  /** Sends a command with If-Match; on success refetches until the answer includes it. */
  async run(command: VisitCommand, options: RunOptions = {}): Promise<CommandOutcome> {
    const id = this.visitId;
    const workspace = this.workspace();
    if (id === null || workspace === null) return { ok: false, status: 0, code: null, message: '来庁受付を読み込んでいます。' };
    this.pendingCount.update((count) => count + 1);
    const done = this.pendingTasks.add(); // the app is not stable until the outcome is on screen
    try {
      const changed = await firstValueFrom(this.api.command(id, command.method, command.path, command.body ?? null, workspace.revision));
      this.conflict.set(null);
      this.reload(changed.position);
      if (options.success) this.snackBar.open(options.success, undefined, { duration: 3000, politeness: 'polite' });
      return { ok: true, changed: changed.changed };
    } catch (error: unknown) {
      return this.failed(error, options);
    } finally {
      this.pendingCount.update((count) => count - 1);
      done();
    }
  }

  private failed(error: unknown, options: RunOptions): CommandOutcome {
    const problem = problemOf(error);
    const outcome: CommandOutcome = {
      ok: false,
      status: (problem?.status ?? (error as { status?: number }).status) || 0,
      code: problem?.code ?? null,
      message: problemMessage(error),
    };
    if (outcome.code !== null && options.handles?.includes(outcome.code)) return outcome;
    if (isConflict(error)) {
      this.conflict.set(outcome.message);
      this.reload();
    } else {
      this.snackBar.open(outcome.message, '閉じる', { duration: 8000, politeness: 'assertive' });
    }
    return outcome;
  }

  private fetch(id: string, after: string | null): Observable<VisitWorkspaceDto> {
    return this.api.workspace(id, after).pipe(
      catchError((error: unknown) => {
        this.loadError.set(problemMessage(error));
        return EMPTY;
      }),
      map((workspace) => {
        this.loadError.set(null);
        return workspace;
      }),
    );
  }
}
