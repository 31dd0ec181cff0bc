import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { CityDirectory } from '../../core/city/city-directory';

export interface AddProcedureRequest {
  readonly procedureId: string;
  readonly personIds?: readonly string[];
  readonly note?: string;
}

/** 手続きを追加: any active procedure of the catalogue not yet on the checklist, found by typing a few characters. */
@Component({
  selector: 'mdg-add-procedure-dialog',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './add-procedure-dialog.html',
  styleUrl: './add-procedure-dialog.scss',
})
export class AddProcedureDialog {
  private readonly catalogue = inject(CatalogueStore);
  private readonly directory = inject(CityDirectory);
  private readonly ref = inject(MatDialogRef<AddProcedureDialog, AddProcedureRequest>);
  protected readonly visit = inject<VisitWorkspaceDto>(MAT_DIALOG_DATA);

  protected readonly query = signal('');
  protected readonly chosenId = signal<string | null>(null);
  protected readonly personIds = signal<ReadonlySet<string>>(new Set());
  protected readonly note = signal('');

  private readonly listed = computed(() => new Set(this.visit.checklist.filter((item) => !item.dropped).map((item) => item.procedureId)));
  protected readonly candidates = computed(() => {
    const words = this.query().trim().split(/\s+/).filter((word) => word !== '');
    return this.catalogue
      .procedures()
      .filter((procedure) => procedure.active && !this.listed().has(procedure.id))
      .map((procedure) => ({ ...procedure, departmentName: this.directory.departmentName(procedure.departmentId) }))
      .filter((procedure) => {
        const text = `${procedure.name} ${procedure.category} ${procedure.departmentName} ${procedure.description}`;
        return words.every((word) => text.includes(word));
      });
  });
  protected readonly chosen = computed(() => this.candidates().find((procedure) => procedure.id === this.chosenId()) ?? null);

  protected togglePerson(personId: string, checked: boolean): void {
    this.personIds.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }

  protected confirm(): void {
    const procedure = this.chosen();
    if (!procedure) return;
    const note = this.note().trim();
    this.ref.close({
      procedureId: procedure.id,
      ...(this.personIds().size > 0 ? { personIds: [...this.personIds()] } : {}),
      ...(note ? { note } : {}),
    });
  }
}
