import { Component, inject, signal } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { LifeEventDefinition } from '@madoguchi/application/procedure/contracts/catalogue.contract';
import { CatalogueAdminApi, type SaveFailure } from './catalogue-admin-api';
import { jsonValidator, type QuestionForm, questionForm, questionFrom } from './question-form';
import { QuestionListEditor } from './question-list-editor';
import { SaveProblems } from './save-problems';

/** Edits one life event (ライフイベント) and its interview questions. */
@Component({
  selector: 'mdg-life-event-editor-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    QuestionListEditor,
    SaveProblems,
  ],
  templateUrl: './life-event-editor-dialog.html',
  styleUrl: './catalogue-editor.scss',
})
export class LifeEventEditorDialog {
  private readonly api = inject(CatalogueAdminApi);
  private readonly ref = inject(MatDialogRef<LifeEventEditorDialog, boolean>);
  protected readonly original = inject<LifeEventDefinition | null>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    id: [this.original?.id ?? '', [Validators.required, Validators.pattern(/^[a-z0-9_-]+$/)]],
    name: [this.original?.name ?? '', Validators.required],
    description: [this.original?.description ?? ''],
    psidCode: [this.original?.psidCode ?? ''],
    concernedLeaveHousehold: [this.original?.concernedLeaveHousehold ?? false],
    /** 役割 as JSON: [{ role, label, concerned, multiple, required, defaultWhen }]; the server checks it. */
    roles: [this.original?.roles ? JSON.stringify(this.original.roles, null, 2) : '', jsonValidator],
    active: [this.original?.active ?? true],
  });
  protected readonly questions = new FormArray<QuestionForm>((this.original?.questions ?? []).map((question) => questionForm(question)));

  constructor() {
    if (this.original) this.form.controls.id.disable();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.questions.invalid) {
      this.form.markAllAsTouched();
      this.questions.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const lifeEvent: LifeEventDefinition = {
      id: value.id.trim(),
      name: value.name.trim(),
      description: value.description.trim(),
      ...(value.psidCode.trim() ? { psidCode: value.psidCode.trim() } : {}),
      ...(value.concernedLeaveHousehold || this.original?.concernedLeaveHousehold !== undefined
        ? { concernedLeaveHousehold: value.concernedLeaveHousehold }
        : {}),
      ...(value.roles.trim() ? { roles: JSON.parse(value.roles) as LifeEventDefinition['roles'] } : {}),
      questions: this.questions.controls.map((question) => questionFrom(question)),
      active: value.active,
    };
    this.saving.set(true);
    const failure = await this.api.saveEntry('life-events', lifeEvent.id, lifeEvent);
    this.saving.set(false);
    this.failure.set(failure);
    if (!failure) this.ref.close(true);
  }
}
