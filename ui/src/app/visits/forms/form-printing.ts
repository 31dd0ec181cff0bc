import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { firstValueFrom } from 'rxjs';
import { ReasonDialog, type ReasonDialogData } from '../workspace/reason-dialog';
import { PrintDialog, type PrintDialogData } from './print-dialog';
import { pdfUrl } from './visit-forms-api';
import { VisitFormsStore } from './visit-forms-store';

/** Why a print did not happen: the server's message and every item or box it listed. */
export interface PrintProblem {
  readonly message: string;
  readonly missing: readonly string[];
}

/** What to print: one form (formId) or every live form of the visit (formId null). */
export interface PrintScope {
  readonly visitId: string;
  readonly formId: string | null;
  readonly forms: readonly VisitFormDto[];
}

/**
 * Printing at the counter, for a form card and for 「すべて印刷」 alike. 印刷: the PDF (refused while a required
 * item or a required signature is missing), then recorded as printed once the clerk prints. 紙で署名済みとして
 * 印刷: asks the clerk's note, records the print with it (the server then renders the form with its required
 * box empty, for the resident's hand signature), then shows the PDF. Provided by the forms section.
 */
@Injectable()
export class FormPrinting {
  private readonly store = inject(VisitFormsStore);
  private readonly dialog = inject(MatDialog);

  /** Resolves with the problem when the server refused, else null (printed, or the clerk closed the dialog). */
  async print(scope: PrintScope): Promise<PrintProblem | null> {
    const outcome = await this.store.pdf(scope.formId);
    if (!outcome.ok) return { message: outcome.message, missing: outcome.missing };
    if (await this.show(scope)) await this.store.recordPrinted(scope.forms.map((form) => form.formId));
    return null;
  }

  async printSignedOnPaper(scope: PrintScope): Promise<PrintProblem | null> {
    const boxes = scope.forms.flatMap((form) => form.signatureRequired.map((label) => `${form.name}: ${label}`));
    const data: ReasonDialogData = {
      title: '紙で署名済みとして印刷',
      message:
        '次の署名欄を空けたまま印刷します。印刷した申請書にご本人が署名するとき（または署名済みの申請書をお預かりしたとき）に使います。メモは記録に残り、タイムラインに表示されます。',
      items: boxes,
      label: 'メモ（例：印刷した申請書にご本人が自署）',
      confirmLabel: '記録して印刷',
      required: true,
      testId: 'paper-signature',
    };
    const note = await firstValueFrom(this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '560px' }).afterClosed());
    if (note === undefined || note.trim() === '') return null;
    if (!(await this.store.recordPrinted(scope.forms.map((form) => form.formId), { note: note.trim() }))) return null;
    const outcome = await this.store.pdf(scope.formId);
    if (!outcome.ok) return { message: outcome.message, missing: outcome.missing };
    await this.show(scope);
    return null;
  }

  private async show(scope: PrintScope): Promise<boolean> {
    const title = scope.formId === null ? `申請書を印刷（${scope.forms.length}件）` : `「${scope.forms[0]?.name ?? '申請書'}」を印刷`;
    const data: PrintDialogData = { title, src: pdfUrl(scope.visitId, scope.formId) };
    const ref = this.dialog.open<PrintDialog, PrintDialogData, boolean>(PrintDialog, { data, width: '96vw', maxWidth: '1200px', height: '92vh' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
