import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { JsonLogicExpression, ProposalRule } from '@madoguchi/application/procedure/contracts/catalogue.contract';
import { ruleContextValuePaths } from '@madoguchi/application/procedure/contracts/rule-context.contract';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { CatalogueAdminApi, type SaveFailure } from './catalogue-admin-api';
import { jsonValidator } from './question-form';
import { SaveProblems } from './save-problems';

/** What reason templates can insert (the published rule context), the person's fields first. */
const contextPaths = [
  ...ruleContextValuePaths.filter((path) => path.startsWith('person.')),
  ...ruleContextValuePaths.filter((path) => !path.startsWith('person.')),
];

const example = '{ "and": [ { ">=": [ { "var": "person.age" }, 65 ] }, { "!": { "var": "person.insurance.koki" } } ] }';

/** Edits one proposal rule: which procedure, for which life events, when (JSON Logic), and why (a template). */
@Component({
  selector: 'mdg-rule-editor-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    SaveProblems,
  ],
  templateUrl: './rule-editor-dialog.html',
  styleUrl: './catalogue-editor.scss',
})
export class RuleEditorDialog {
  private readonly api = inject(CatalogueAdminApi);
  private readonly catalogue = inject(CatalogueStore);
  private readonly ref = inject(MatDialogRef<RuleEditorDialog, boolean>);
  protected readonly original = inject<ProposalRule | null>(MAT_DIALOG_DATA);
  protected readonly procedures = this.catalogue.procedures;
  protected readonly lifeEvents = computed(() => this.catalogue.catalogue()?.lifeEvents ?? []);
  protected readonly example = example;
  protected readonly reasonHint = '例: {{person.name}}さん（{{person.age}}歳）は65歳以上のため';
  protected readonly saving = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    id: [this.original?.id ?? '', [Validators.required, Validators.pattern(/^[a-z0-9_-]+$/)]],
    procedureId: [this.original?.procedureId ?? '', Validators.required],
    lifeEventIds: [[...(this.original?.lifeEventIds ?? [])] as string[], Validators.required],
    scope: [this.original?.scope ?? ('person' as 'visit' | 'person')],
    when: [this.original ? JSON.stringify(this.original.when, null, 2) : 'true', [Validators.required, jsonValidator]],
    reason: [this.original?.reason ?? '', Validators.required],
    active: [this.original?.active ?? true],
  });

  private readonly chosenLifeEvents = toSignal(this.form.controls.lifeEventIds.valueChanges, { initialValue: this.form.controls.lifeEventIds.value });
  /** Placeholders: the context, and answers.<id> of the chosen life events' questions. */
  protected readonly placeholders = computed(() => {
    const chosen = new Set(this.chosenLifeEvents());
    const answers = this.lifeEvents()
      .filter((event) => chosen.has(event.id))
      .flatMap((event) => event.questions.map((question) => `answers.${question.id}`));
    return [...contextPaths, ...new Set(answers)];
  });

  constructor() {
    if (this.original) this.form.controls.id.disable();
  }

  protected placeholder(path: string): string {
    return `{{${path}}}`;
  }

  protected insert(path: string): void {
    const control = this.form.controls.reason;
    control.setValue(`${control.value}{{${path}}}`);
    control.markAsDirty();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const rule: ProposalRule = {
      id: value.id.trim(),
      procedureId: value.procedureId,
      lifeEventIds: value.lifeEventIds,
      scope: value.scope,
      when: JSON.parse(value.when) as JsonLogicExpression,
      reason: value.reason.trim(),
      active: value.active,
    };
    this.saving.set(true);
    const failure = await this.api.saveEntry('rules', rule.id, rule);
    this.saving.set(false);
    this.failure.set(failure);
    if (!failure) this.ref.close(true);
  }
}
