import { Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { FormFieldDto, VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { firstValueFrom } from 'rxjs';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { ReasonDialog, type ReasonDialogData } from '../workspace/reason-dialog';
import { FormFieldInput } from './form-field-input';
import { formValueText, sourceLabels } from './form-value-text';
import { type FormValue, pdfUrl } from './visit-forms-api';
import { VisitFormsStore } from './visit-forms-store';

/** The name of the resident-facing window: every 「署名をお願いする」 reuses it (the touch-panel monitor). */
export const touchPanelWindow = 'mdg-touch-panel';

/**
 * One form of the visit: name, for whom, for which procedures, its state (未入力あり / 入力済み / 署名済み /
 * 印刷済み / 無効); unfolds to every item with where its value came from, each correctable on this form only.
 */
@Component({
  selector: 'mdg-form-card',
  imports: [MatButtonModule, JapaneseDatePipe, FormFieldInput],
  templateUrl: './form-card.html',
  styleUrl: './form-card.scss',
})
export class FormCard {
  readonly form = input.required<VisitFormDto>();
  readonly visitId = input.required<string>();
  readonly editable = input(false);

  protected readonly store = inject(VisitFormsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly expanded = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly draft = signal<FormValue>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly sourceLabels = sourceLabels;
  protected readonly valueText = formValueText;

  protected readonly signatures = computed(() => this.form().signatureFields);
  protected readonly signed = computed(() => this.signatures().length > 0 && this.signatures().every((field) => field.signed));
  protected readonly needsSignature = computed(() => !this.form().voided && this.signatures().some((field) => !field.signed));

  protected toggle(): void {
    this.expanded.update((open) => !open);
  }

  protected edit(field: FormFieldDto): void {
    this.editing.set(field.id);
    this.draft.set(field.value);
    this.error.set(null);
  }

  protected cancel(): void {
    this.editing.set(null);
    this.error.set(null);
  }

  protected async save(field: FormFieldDto): Promise<void> {
    const outcome = await this.store.enter(this.form().formId, { [field.id]: this.draft() }, `「${field.label}」を${this.form().name}だけ直しました。`);
    if (outcome.ok) this.cancel();
    else this.error.set(outcome.problems[field.id] ?? outcome.message);
  }

  protected showPdf(): void {
    window.open(pdfUrl(this.visitId(), this.form().formId), '_blank');
  }

  protected askSignature(): void {
    const url = `/panel/visits/${encodeURIComponent(this.visitId())}/forms/${encodeURIComponent(this.form().formId)}`;
    window.open(url, touchPanelWindow)?.focus();
  }

  protected async voidForm(): Promise<void> {
    const data: ReasonDialogData = {
      title: `「${this.form().name}」を無効にする`,
      message: '無効にした申請書は印刷されず、未入力の項目にも数えません。理由は記録に残ります。',
      label: '無効にする理由',
      confirmLabel: '無効にする',
      required: true,
      testId: 'form-void',
      danger: true,
    };
    const reason = await firstValueFrom(this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '520px' }).afterClosed());
    if (reason !== undefined) await this.store.voidForm(this.form().formId, reason);
  }
}
