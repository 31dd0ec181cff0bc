import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { HandoffDialog, type HandoffRequest } from './handoff-dialog';
import { ReasonDialog, type ReasonDialogData } from './reason-dialog';
import { VisitWorkspaceStore } from './visit-workspace-store';

const openProceduresRemain = 'VISIT.OPEN_PROCEDURES_REMAIN';

/** The end of the step list: 次の窓口へ, 受付を完了 (asking why when procedures remain), 取消. */
@Component({
  selector: 'mdg-visit-actions',
  imports: [MatButtonModule, RouterLink],
  templateUrl: './visit-actions.html',
  styleUrl: './visit-actions.scss',
})
export class VisitActions {
  protected readonly store = inject(VisitWorkspaceStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly open = computed(() => this.store.workspace()?.summary.open ?? 0);

  protected async handOff(): Promise<void> {
    const visit = this.store.workspace();
    if (!visit) return;
    const ref = this.dialog.open<HandoffDialog, unknown, HandoffRequest>(HandoffDialog, { data: visit, width: '560px' });
    const request = await firstValueFrom(ref.afterClosed());
    if (!request) return;
    const outcome = await this.store.run({ method: 'POST', path: '/hand-off', body: request }, { success: '次の窓口へ案内しました。' });
    if (outcome.ok) void this.router.navigateByUrl('/queue');
  }

  protected async close(): Promise<void> {
    const open = this.open();
    const reason = open > 0 ? await this.askCloseReason() : await this.confirmClose();
    if (reason === undefined) return;
    const body = reason === '' ? {} : { reason };
    const outcome = await this.store.run({ method: 'POST', path: '/close', body }, { success: '受付を完了しました。', handles: [openProceduresRemain] });
    if (!outcome.ok && outcome.code === openProceduresRemain) {
      // Someone reopened a procedure meanwhile: ask for the reason after all, then try again.
      this.store.reload();
      const late = await this.askCloseReason(outcome.message);
      if (late !== undefined) await this.store.run({ method: 'POST', path: '/close', body: { reason: late } }, { success: '受付を完了しました。' });
    }
  }

  protected async cancel(): Promise<void> {
    const reason = await this.ask({
      title: 'この来庁受付を取り消す',
      message: '間違えて受付した場合などに使います。取り消すと、この受付は変更できなくなります。',
      label: '取消の理由',
      confirmLabel: '取り消す',
      required: true,
      testId: 'cancel',
      danger: true,
    });
    if (reason !== undefined) await this.store.run({ method: 'POST', path: '/cancel', body: { reason } }, { success: '受付を取り消しました。' });
  }

  private askCloseReason(message?: string): Promise<string | undefined> {
    const items = (this.store.workspace()?.checklist ?? [])
      .filter((item) => !item.dropped && (item.status === 'not_started' || item.status === 'in_progress'))
      .map((item) => `${item.name}（${item.departmentName}・${item.statusLabel}）`);
    return this.ask({
      title: '未完了の手続きがあります',
      message: message ?? `未完了の手続きが${items.length}件あります。このまま受付を完了する場合は、理由を記録してください（例: 後日来庁、郵送で手続き）。`,
      items,
      label: '完了にする理由',
      confirmLabel: '受付を完了',
      required: true,
      testId: 'close',
    });
  }

  private confirmClose(): Promise<string | undefined> {
    return this.ask({
      title: '受付を完了する',
      message: 'すべての手続きが済んでいます。受付を完了しますか。',
      label: 'メモ（任意）',
      confirmLabel: '受付を完了',
      required: false,
      testId: 'close',
    });
  }

  private ask(data: ReasonDialogData): Promise<string | undefined> {
    return firstValueFrom(this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '560px' }).afterClosed());
  }
}
