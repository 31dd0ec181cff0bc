import { Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';
import { VisitWorkspaceStore } from '../workspace/visit-workspace-store';
import { FormCard } from './form-card';
import { MissingItemsPanel } from './missing-items-panel';
import { PrintDialog, type PrintDialogData } from './print-dialog';
import { pdfUrl } from './visit-forms-api';
import { VisitFormsStore } from './visit-forms-store';

interface PrintProblem {
  readonly message: string;
  readonly missing: readonly string[];
}

/**
 * 申請書: create every form the checklist needs, pre-filled; ask what is missing once; check each form;
 * the resident signs at the touch panel; print them all at once.
 */
@Component({
  selector: 'mdg-forms-section',
  imports: [MatButtonModule, MatProgressBarModule, FormCard, MissingItemsPanel],
  templateUrl: './forms-section.html',
  styleUrl: './forms-section.scss',
})
export class FormsSection {
  protected readonly store = inject(VisitFormsStore);
  protected readonly workspace = inject(VisitWorkspaceStore);
  private readonly dialog = inject(MatDialog);
  protected readonly printProblem = signal<PrintProblem | null>(null);

  protected readonly forms = computed(() => this.store.forms()?.forms ?? []);
  protected readonly liveForms = this.store.liveForms;
  protected readonly hasProcedures = computed(() => (this.workspace.workspace()?.checklist ?? []).some((item) => !item.dropped));
  protected readonly unavailable = computed(() => this.store.forms()?.unavailableTemplates ?? []);

  protected async create(): Promise<void> {
    this.printProblem.set(null);
    // The forms are filled from what the server knows once it has seen the clerk's last answer.
    await this.store.create(this.workspace.lastWrite());
  }

  /**
   * すべて印刷: asks the server for the live forms as one PDF; refused, shows what is missing; else shows the PDF
   * to print, and records the forms as printed once the clerk prints.
   */
  protected async printAll(): Promise<void> {
    this.printProblem.set(null);
    const formIds = this.liveForms().map((form) => form.formId);
    const outcome = await this.store.pdf(null);
    if (!outcome.ok) {
      this.printProblem.set({ message: outcome.message, missing: outcome.missing });
      return;
    }
    const data: PrintDialogData = { title: `申請書を印刷（${formIds.length}件）`, src: pdfUrl(this.store.forms()?.visitId ?? '', null) };
    const ref = this.dialog.open<PrintDialog, PrintDialogData, boolean>(PrintDialog, { data, width: '96vw', maxWidth: '1200px', height: '92vh' });
    if (await firstValueFrom(ref.afterClosed())) await this.store.recordPrinted(formIds);
  }
}
