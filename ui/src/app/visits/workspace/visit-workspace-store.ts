import { computed, inject, Injectable, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { firstValueFrom, type Observable } from 'rxjs';
import { Session } from '../../core/auth/session';
import { isConflict, problemMessage, problemOf } from '../../core/http/problem-message';
import { pendingWork } from '../../core/tasks/pending-work';
import { liveVisitRead } from '../live-visit-read';
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
  private readonly snackBar = inject(MatSnackBar);
  private readonly read = liveVisitRead<VisitWorkspaceDto>('visit-workspace', (id, after) => this.api.workspace(id, after));
  private readonly work = pendingWork();

  readonly staff = inject(Session).staff;
  readonly workspace = this.read.value;
  readonly loadError = this.read.loadError;
  /** The last conflict (409/412) message, until the clerk dismisses it or acts again. */
  readonly conflict = signal<string | null>(null);
  readonly busy = this.work.busy;
  private readonly written = signal<string | null>(null);
  /** The position of this clerk's last visit command on the shown visit: other contexts' commands read up to it (`after`). */
  readonly lastWrite = this.written.asReadonly();

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
    this.read.connect(visitIds, () => {
      this.conflict.set(null);
      this.written.set(null);
    });
  }

  reload(after: string | null = null): void {
    this.read.reload(after);
  }

  dismissConflict(): void {
    this.conflict.set(null);
  }

  /** Sends a command with If-Match; on success refetches until the answer includes it. */
  async run(command: VisitCommand, options: RunOptions = {}): Promise<CommandOutcome> {
    const id = this.read.visitId();
    const workspace = this.workspace();
    if (id === null || workspace === null) return { ok: false, status: 0, code: null, message: '来庁受付を読み込んでいます。' };
    return this.work.run(async (): Promise<CommandOutcome> => {
      try {
        const changed = await firstValueFrom(this.api.command(id, command.method, command.path, command.body ?? null, workspace.revision));
        this.conflict.set(null);
        if (changed.position) this.written.set(changed.position);
        this.reload(changed.position);
        if (options.success) this.snackBar.open(options.success, undefined, { duration: 3000, politeness: 'polite' });
        return { ok: true, changed: changed.changed };
      } catch (error: unknown) {
        return this.failed(error, options);
      }
    });
  }

  /**
   * Resolves once the screen shows a revision after `revision` (or after 3 s), so that a next command sent at
   * once carries the right If-Match: for a run of commands on one visit (run answers before the refetch lands).
   */
  async untilRevisionAfter(revision: number, timeoutMs = 3000): Promise<void> {
    for (let waited = 0; waited < timeoutMs && (this.workspace()?.revision ?? 0) <= revision; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
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
}
