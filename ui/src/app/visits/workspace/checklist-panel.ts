import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { ChecklistItemDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { type ProcedureStatus, procedureStatusLabels } from '@madoguchi/application/visit/contracts/procedure-status.contract';
import { firstValueFrom } from 'rxjs';
import { AddProcedureDialog, type AddProcedureRequest } from './add-procedure-dialog';
import { ChecklistItem } from './checklist-item';
import { ReasonDialog, type ReasonDialogData } from './reason-dialog';
import { VisitWorkspaceStore } from './visit-workspace-store';

interface DepartmentGroup {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly place: string;
  readonly open: number;
  readonly items: readonly ChecklistItemDto[];
}

const isOpen = (item: ChecklistItemDto) => !item.dropped && (item.status === 'not_started' || item.status === 'in_progress');

/** 手続きチェックリスト: the procedures by department (with where to go), counts, add by hand. */
@Component({
  selector: 'mdg-checklist-panel',
  imports: [MatButtonModule, MatIconModule, ChecklistItem],
  templateUrl: './checklist-panel.html',
  styleUrl: './checklist-panel.scss',
})
export class ChecklistPanel {
  protected readonly store = inject(VisitWorkspaceStore);
  private readonly dialog = inject(MatDialog);

  protected readonly summary = computed(() => this.store.workspace()?.summary ?? null);
  protected readonly groups = computed<readonly DepartmentGroup[]>(() => {
    const groups = new Map<string, DepartmentGroup>();
    for (const item of this.store.workspace()?.checklist ?? []) {
      if (item.dropped) continue;
      const group = groups.get(item.departmentId) ?? {
        departmentId: item.departmentId,
        departmentName: item.departmentName,
        place: item.place,
        open: 0,
        items: [],
      };
      groups.set(item.departmentId, { ...group, open: group.open + (isOpen(item) ? 1 : 0), items: [...group.items, item] });
    }
    // The department the resident is at comes first: its clerk works down its own procedures.
    const here = this.store.workspace()?.departmentId;
    return [...groups.values()].sort((a, b) => Number(b.departmentId === here) - Number(a.departmentId === here));
  });
  protected readonly dropped = computed(() => (this.store.workspace()?.checklist ?? []).filter((item) => item.dropped));

  protected async changeStatus(item: ChecklistItemDto, status: ProcedureStatus): Promise<void> {
    let note: string | undefined;
    if (status === 'not_needed') {
      note = await this.ask({
        title: `「${item.name}」を不要にする`,
        label: '不要とする理由',
        confirmLabel: '不要にする',
        required: true,
        testId: 'status-note',
      });
      if (note === undefined) return;
    }
    await this.store.run(
      { method: 'PUT', path: `/procedures/${encodeURIComponent(item.procedureId)}/status`, body: { status, ...(note ? { note } : {}) } },
      { success: `「${item.name}」を${procedureStatusLabels[status]}にしました。` },
    );
  }

  protected async drop(item: ChecklistItemDto): Promise<void> {
    const reason = await this.ask({
      title: `「${item.name}」をチェックリストから外す`,
      message: '外した手続きは、案内票には載りません。理由は記録に残ります。',
      label: '外す理由',
      confirmLabel: '外す',
      required: true,
      testId: 'drop',
      danger: true,
    });
    if (reason === undefined) return;
    await this.store.run(
      { method: 'POST', path: `/procedures/${encodeURIComponent(item.procedureId)}/drop`, body: { reason } },
      { success: `「${item.name}」を外しました。` },
    );
  }

  protected async add(): Promise<void> {
    const visit = this.store.workspace();
    if (!visit) return;
    const ref = this.dialog.open<AddProcedureDialog, unknown, AddProcedureRequest>(AddProcedureDialog, { data: visit, width: '680px', maxWidth: '96vw' });
    const request = await firstValueFrom(ref.afterClosed());
    if (!request) return;
    await this.store.run({ method: 'POST', path: '/procedures', body: request }, { success: '手続きを追加しました。' });
  }

  private ask(data: ReasonDialogData): Promise<string | undefined> {
    const ref = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '520px' });
    return firstValueFrom(ref.afterClosed());
  }
}
