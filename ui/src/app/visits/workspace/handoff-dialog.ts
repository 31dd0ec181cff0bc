import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { CityDirectory } from '../../core/city/city-directory';

export interface HandoffRequest {
  readonly toDepartmentId: string;
  readonly toCounterId?: string;
  readonly note?: string;
}

/** 次の窓口へ: which department (those with open procedures first), optionally which counter, a note for them. */
@Component({
  selector: 'mdg-handoff-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './handoff-dialog.html',
  styles: `
    .lead { margin: 0 0 16px; }
    .field { width: 100%; }
    .open { color: var(--mat-sys-primary); font-weight: 700; }
  `,
})
export class HandoffDialog {
  private readonly directory = inject(CityDirectory);
  private readonly ref = inject(MatDialogRef<HandoffDialog, HandoffRequest>);
  protected readonly visit = inject<VisitWorkspaceDto>(MAT_DIALOG_DATA);

  private readonly openByDepartment = computed(() => {
    const counts = new Map<string, number>();
    for (const item of this.visit.checklist) {
      if (!item.dropped && (item.status === 'not_started' || item.status === 'in_progress')) {
        counts.set(item.departmentId, (counts.get(item.departmentId) ?? 0) + 1);
      }
    }
    return counts;
  });

  /** The departments of the visit's office, those with open procedures first. */
  protected readonly departments = computed(() => {
    const counts = this.openByDepartment();
    return this.directory
      .departments()
      .filter((department) => department.officeId === this.visit.officeId)
      .map((department) => ({ ...department, open: counts.get(department.id) ?? 0 }))
      .sort((a, b) => Number(b.open > 0) - Number(a.open > 0));
  });

  protected readonly departmentId = signal<string | null>(this.suggested());
  protected readonly counterId = signal<string>('');
  protected readonly note = signal('');
  protected readonly counters = computed(() =>
    this.directory.counters().filter((counter) => counter.departmentId === this.departmentId()),
  );

  protected chooseDepartment(id: string): void {
    this.departmentId.set(id);
    this.counterId.set('');
  }

  protected confirm(): void {
    const toDepartmentId = this.departmentId();
    if (!toDepartmentId) return;
    const note = this.note().trim();
    this.ref.close({
      toDepartmentId,
      ...(this.counterId() ? { toCounterId: this.counterId() } : {}),
      ...(note ? { note } : {}),
    });
  }

  /** The first other department that still has open procedures. */
  private suggested(): string | null {
    for (const item of this.visit.checklist) {
      const open = !item.dropped && (item.status === 'not_started' || item.status === 'in_progress');
      if (open && item.departmentId !== this.visit.departmentId) return item.departmentId;
    }
    return null;
  }
}
