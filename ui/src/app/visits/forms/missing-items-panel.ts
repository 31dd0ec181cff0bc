import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { VisitWorkspaceStore } from '../workspace/visit-workspace-store';
import { FormFieldInput } from './form-field-input';
import { missingItems, usedInText } from './missing-items';
import type { FormValue } from './visit-forms-api';
import { VisitFormsStore } from './visit-forms-store';

/**
 * 未入力の項目: every item still empty in the visit's forms, asked ONCE however many forms use it, saved for
 * the whole visit (formId null). The server's message for a wrong value shows next to that item.
 */
@Component({
  selector: 'mdg-missing-items-panel',
  imports: [NgTemplateOutlet, MatButtonModule, FormFieldInput],
  templateUrl: './missing-items-panel.html',
  styleUrl: './missing-items-panel.scss',
})
export class MissingItemsPanel {
  protected readonly store = inject(VisitFormsStore);
  protected readonly canEdit = inject(VisitWorkspaceStore).canEdit;
  protected readonly drafts = signal<Readonly<Record<string, FormValue>>>({});
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected readonly message = signal<string | null>(null);
  protected readonly showOptional = signal(false);
  protected readonly usedInText = usedInText;

  private readonly items = computed(() => missingItems(this.store.liveForms()));
  protected readonly required = computed(() => this.items().filter((item) => item.required));
  protected readonly optional = computed(() => this.items().filter((item) => !item.required));
  protected readonly unsaved = computed(() => Object.values(this.drafts()).filter((value) => value !== null && value !== '').length);

  protected set(id: string, value: FormValue): void {
    this.drafts.update((drafts) => ({ ...drafts, [id]: value }));
    this.errors.update(({ [id]: _gone, ...rest }) => rest);
  }

  protected async save(): Promise<void> {
    const values = Object.fromEntries(Object.entries(this.drafts()).filter(([, value]) => value !== null && value !== ''));
    const count = Object.keys(values).length;
    if (count === 0) return;
    const outcome = await this.store.enter(null, values, `${count}件を保存しました。その項目を使うすべての申請書に入りました。`);
    if (outcome.ok) {
      this.drafts.set({});
      this.errors.set({});
      this.message.set(null);
    } else {
      this.errors.set(outcome.problems);
      this.message.set(outcome.message);
    }
  }
}
