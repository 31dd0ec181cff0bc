import { Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ProcedureDefinition } from '@madoguchi/application/procedure/contracts/catalogue.contract';
import { CityDirectory } from '../../core/city/city-directory';
import { CatalogueAdminApi, lines, type SaveFailure } from './catalogue-admin-api';
import { jsonValidator } from './question-form';
import { SaveProblems } from './save-problems';

/** Edits one procedure (手続き): name, owner department, place, deadline, what to bring, forms. */
@Component({
  selector: 'mdg-procedure-editor-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    SaveProblems,
  ],
  templateUrl: './procedure-editor-dialog.html',
  styleUrl: './catalogue-editor.scss',
})
export class ProcedureEditorDialog {
  private readonly api = inject(CatalogueAdminApi);
  private readonly ref = inject(MatDialogRef<ProcedureEditorDialog, boolean>);
  protected readonly departments = inject(CityDirectory).departments;
  protected readonly original = inject<ProcedureDefinition | null>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    id: [this.original?.id ?? '', [Validators.required, Validators.pattern(/^[a-z0-9-]+$/)]],
    name: [this.original?.name ?? '', Validators.required],
    category: [this.original?.category ?? ''],
    departmentId: [this.original?.departmentId ?? '', Validators.required],
    place: [this.original?.place ?? ''],
    deadlineText: [this.original?.deadline?.text ?? ''],
    deadlineDays: [this.original?.deadline?.days?.toString() ?? '', Validators.pattern(/^\d*$/)],
    bring: [(this.original?.bring ?? []).join('\n')],
    formIds: [(this.original?.formIds ?? []).join(', ')],
    description: [this.original?.description ?? ''],
    perPerson: [this.original?.perPerson ?? false],
    /** 対象者の条件 as JSON: { when, text }. */
    eligibility: [this.original?.eligibility ? JSON.stringify(this.original.eligibility, null, 2) : '', jsonValidator],
    notes: [this.original?.notes ?? ''],
    active: [this.original?.active ?? true],
  });

  constructor() {
    if (this.original) this.form.controls.id.disable();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const days = value.deadlineDays.trim() === '' ? undefined : Number(value.deadlineDays);
    const procedure: ProcedureDefinition = {
      id: value.id.trim(),
      name: value.name.trim(),
      category: value.category.trim(),
      departmentId: value.departmentId,
      ...(value.place.trim() ? { place: value.place.trim() } : {}),
      ...(value.deadlineText.trim() ? { deadline: { text: value.deadlineText.trim(), ...(days === undefined ? {} : { days }) } } : {}),
      bring: lines(value.bring),
      formIds: value.formIds.split(/[,\s、]+/).filter((id) => id !== ''),
      description: value.description.trim(),
      perPerson: value.perPerson,
      ...(value.eligibility.trim() ? { eligibility: JSON.parse(value.eligibility) as NonNullable<ProcedureDefinition['eligibility']> } : {}),
      ...(value.notes.trim() ? { notes: value.notes.trim() } : {}),
      active: value.active,
    };
    this.saving.set(true);
    const failure = await this.api.saveEntry('procedures', procedure.id, procedure);
    this.saving.set(false);
    this.failure.set(failure);
    if (!failure) this.ref.close(true);
  }
}
