import { Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CityDirectory } from '../core/city/city-directory';
import { formValueText } from '../visits/forms/form-value-text';
import { VisitFormsStore } from '../visits/forms/visit-forms-store';
import { SignaturePad } from './signature-pad';

type Step = 'confirm' | 'sign' | 'thanks';

/**
 * タッチパネル (/panel/visits/:id/forms/:formId): on the resident-facing monitor, in large type, without the
 * staff app around it. The resident checks what the form says (ご確認ください), signs each signature box,
 * and is thanked. Live: a correction the clerk makes shows at once.
 */
@Component({
  selector: 'mdg-form-panel-page',
  imports: [SignaturePad],
  providers: [VisitFormsStore],
  templateUrl: './form-panel-page.html',
  styleUrl: './form-panel-page.scss',
})
export class FormPanelPage {
  /** Route parameters. */
  readonly id = input.required<string>();
  readonly formId = input.required<string>();

  protected readonly store = inject(VisitFormsStore);
  private readonly directory = inject(CityDirectory);
  private readonly pad = viewChild(SignaturePad);
  protected readonly cityName = computed(() => this.directory.city()?.name ?? '');
  protected readonly step = signal<Step>('confirm');
  protected readonly form = computed(() => this.store.forms()?.forms.find((form) => form.formId === this.formId()) ?? null);
  protected readonly items = computed(() =>
    (this.form()?.fields ?? [])
      .map((field) => ({ id: field.id, label: field.label, text: formValueText(field) }))
      .filter((item) => item.text !== ''),
  );
  /** The next signature box still empty (several signers sign one after another). */
  protected readonly pending = computed(() => this.form()?.signatureFields.find((field) => !field.signed) ?? null);

  constructor() {
    this.store.connect(toObservable(this.id));
  }

  protected confirmed(): void {
    this.step.set(this.pending() ? 'sign' : 'thanks');
  }

  protected async sign(png: string): Promise<void> {
    const field = this.pending();
    if (!field) return;
    if (!(await this.store.sign(this.formId(), field.id, png))) return;
    // The answer includes the new signature: go on to the next box, or thank.
    const next = this.form()?.signatureFields.find((other) => !other.signed && other.id !== field.id);
    if (next) this.pad()?.clear();
    else this.step.set('thanks');
  }
}
