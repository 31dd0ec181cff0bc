import { Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { FormFieldDto, VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { firstValueFrom } from 'rxjs';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { ReasonDialog, type ReasonDialogData } from '../workspace/reason-dialog';
import { FormFieldInput } from './form-field-input';
import { formValueText, sourceLabels } from './form-value-text';
import { FormPrinting, type PrintProblem } from './form-printing';
import { openTouchPanel } from './touch-panel';
import { type FormValue, pdfUrl } from './visit-forms-api';
import { VisitFormsStore } from './visit-forms-store';

/**
 * One form of the visit: name, for whom, for which procedures, its state (未入力あり / 入力済み / 署名待ち /
 * 署名済み / 紙で署名済み / 印刷済み / 無効); 印刷, disabled with the reason said (必須の項目・署名が必要です), and
 * 「紙で署名済みとして印刷」 while a required signature is missing; unfolds to every item with where its value
 * came from, each correctable on this form only.
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
  private readonly printing = inject(FormPrinting);
  protected readonly printProblem = signal<PrintProblem | null>(null);
  protected readonly expanded = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly draft = signal<FormValue>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly sourceLabels = sourceLabels;
  protected readonly valueText = formValueText;

  protected readonly signatures = computed(() => this.form().signatureFields);
  /** Every required box signed on the panel (optional ones such as 保証人 may stay empty). */
  protected readonly signed = computed(
    () => this.signatures().some((field) => field.signed) && this.signatures().every((field) => field.signed || !field.required || field.signedOnPaper),
  );
  protected readonly needsSignature = computed(() => !this.form().voided && this.form().signatureRequired.length > 0);
  /** Why 印刷 cannot be pressed yet, in the clerk's words, or null. */
  protected readonly printBlocked = computed(() => {
    const f = this.form();
    if (f.missingRequired.length > 0) return `必須の項目が未入力です（${f.missingRequired.length}件）`;
    if (f.signatureRequired.length > 0) return `署名が必要です（${f.signatureRequired.join('、')}）`;
    return null;
  });

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

  protected async print(): Promise<void> {
    this.printProblem.set(await this.printing.print({ visitId: this.visitId(), formId: this.form().formId, forms: [this.form()] }));
  }

  protected async printSignedOnPaper(): Promise<void> {
    this.printProblem.set(await this.printing.printSignedOnPaper({ visitId: this.visitId(), formId: this.form().formId, forms: [this.form()] }));
  }

  /** The panel shows every form of the visit that waits for a signature, this one among them. */
  protected askSignature(): void {
    openTouchPanel(this.visitId());
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
