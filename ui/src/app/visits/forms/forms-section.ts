import { Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { VisitWorkspaceStore } from '../workspace/visit-workspace-store';
import { FormCard } from './form-card';
import { FormPrinting, type PrintProblem } from './form-printing';
import { MissingItemsPanel } from './missing-items-panel';
import { openTouchPanel } from './touch-panel';
import { VisitFormsStore } from './visit-forms-store';

/**
 * 申請書: create every form the checklist needs, pre-filled; ask what is missing once; check each form;
 * the resident signs every form at the touch panel in one sequence; print them all at once (refused, and
 * said why, while a required signature is missing, unless the clerk records that they are signed on paper).
 */
@Component({
  selector: 'mdg-forms-section',
  imports: [MatButtonModule, MatProgressBarModule, FormCard, MissingItemsPanel],
  providers: [FormPrinting],
  templateUrl: './forms-section.html',
  styleUrl: './forms-section.scss',
})
export class FormsSection {
  protected readonly store = inject(VisitFormsStore);
  protected readonly workspace = inject(VisitWorkspaceStore);
  private readonly printing = inject(FormPrinting);
  protected readonly printProblem = signal<PrintProblem | null>(null);

  protected readonly forms = computed(() => this.store.forms()?.forms ?? []);
  protected readonly liveForms = this.store.liveForms;
  protected readonly hasProcedures = computed(() => (this.workspace.workspace()?.checklist ?? []).some((item) => !item.dropped));
  protected readonly unavailable = computed(() => this.store.forms()?.unavailableTemplates ?? []);
  /** The live forms that cannot print until their required signatures are given. */
  protected readonly unsigned = computed(() => this.liveForms().filter((form) => form.signatureRequired.length > 0));
  protected readonly unsignedNames = computed(() => this.unsigned().map((form) => form.name + (form.personName ? `（${form.personName}さん）` : '')).join('、'));
  protected readonly anyMissing = computed(() => this.liveForms().some((form) => form.missingRequired.length > 0));

  protected async create(): Promise<void> {
    this.printProblem.set(null);
    // The forms are filled from what the server knows once it has seen the clerk's last answer.
    await this.store.create(this.workspace.lastWrite());
  }

  /**
   * すべて印刷: the live forms as one PDF; refused, shows what is missing; else shows the PDF to print, and
   * records the forms as printed once the clerk prints.
   */
  protected async printAll(): Promise<void> {
    this.printProblem.set(null);
    this.printProblem.set(await this.printing.print(this.scope()));
  }

  /** 紙で署名済みとして印刷 for every live form: the empty required boxes are signed by hand on the paper. */
  protected async printAllSignedOnPaper(): Promise<void> {
    this.printProblem.set(null);
    this.printProblem.set(await this.printing.printSignedOnPaper(this.scope()));
  }

  protected askSignatures(): void {
    openTouchPanel(this.store.forms()?.visitId ?? '');
  }

  private scope() {
    return { visitId: this.store.forms()?.visitId ?? '', formId: null, forms: this.liveForms() };
  }
}
