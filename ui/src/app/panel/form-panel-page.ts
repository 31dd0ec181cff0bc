import { Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { CityDirectory } from '../core/city/city-directory';
import { formValueText } from '../visits/forms/form-value-text';
import { VisitFormsStore } from '../visits/forms/visit-forms-store';
import { PanelIdle } from './panel-idle';
import { SignaturePad } from './signature-pad';
import { boxesToSign, extendSequence } from './signing-sequence';

type View = 'loading' | 'error' | 'idle' | 'confirm' | 'sign' | 'thanks';

/** How long 「ありがとうございました」 stays before the panel goes back to waiting for the next resident. */
export const thanksMilliseconds = 12_000;

/**
 * タッチパネル (/panel/visits/:id): on the resident-facing monitor, in large type, without the staff app around
 * it. The resident goes through every form that waits for a signature, one after another (1件目／全N件): checks
 * what it says (ご確認ください), signs each box (an optional one, such as 保証人, can be left out), and is
 * thanked; then the panel waits for the next resident (PanelIdle) and shows nobody's data. Nothing to sign:
 * the waiting screen at once. Live: a correction the clerk makes shows at once, a form added meanwhile joins
 * the end of the sequence.
 */
@Component({
  selector: 'mdg-form-panel-page',
  imports: [PanelIdle, SignaturePad],
  providers: [VisitFormsStore],
  templateUrl: './form-panel-page.html',
  styleUrl: './form-panel-page.scss',
})
export class FormPanelPage {
  /** Route parameter: the visit. */
  readonly id = input.required<string>();

  protected readonly store = inject(VisitFormsStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly directory = inject(CityDirectory);
  protected readonly cityName = computed(() => this.directory.city()?.name ?? '');
  private readonly pad = viewChild(SignaturePad);

  /** The forms of this resident's sequence, in order (form ids), as they came to wait. */
  private readonly sequence = signal<readonly string[]>([]);
  /** Forms whose content the resident confirmed. */
  private readonly confirmed = signal<ReadonlySet<string>>(new Set());
  /** Boxes signed or skipped at this panel (`<formId>/<fieldId>`): the sequence moves on without waiting for the read. */
  private readonly handled = signal<ReadonlySet<string>>(new Set());

  private readonly visitForms = computed(() => {
    const forms = this.store.forms();
    return forms && forms.visitId === this.id() ? forms.forms : null;
  });
  /** The sequence's forms still live (a form voided meanwhile drops out). */
  protected readonly sequenceForms = computed(() => {
    const byId = new Map((this.visitForms() ?? []).map((form) => [form.formId, form]));
    return this.sequence().flatMap((id) => {
      const form = byId.get(id);
      return form && !form.voided ? [form] : [];
    });
  });
  protected readonly form = computed(() => this.sequenceForms().find((form) => boxesToSign(form, this.handled()).length > 0) ?? null);
  protected readonly position = computed(() => {
    const form = this.form();
    return form ? this.sequenceForms().indexOf(form) + 1 : 0;
  });
  /** The box to sign now. */
  protected readonly box = computed(() => {
    const form = this.form();
    return form ? (boxesToSign(form, this.handled())[0] ?? null) : null;
  });
  protected readonly items = computed(() =>
    (this.form()?.fields ?? []).map((field) => ({ id: field.id, label: field.label, text: formValueText(field) })).filter((item) => item.text !== ''),
  );
  protected readonly view = computed<View>(() => {
    if (this.store.loadError()) return 'error';
    if (this.visitForms() === null) return 'loading';
    const form = this.form();
    if (!form) return this.sequence().length > 0 ? 'thanks' : 'idle';
    return this.confirmed().has(form.formId) ? 'sign' : 'confirm';
  });

  constructor() {
    this.store.connect(toObservable(this.id));
    effect(() => {
      const forms = this.visitForms();
      if (forms) this.sequence.update((sequence) => extendSequence(sequence, forms));
    });
    // Each screen (a form, a box, the thanks) starts at the top, where its heading and the progress are.
    effect(() => {
      this.view();
      this.box();
      if (typeof window.scrollTo === 'function') window.scrollTo({ top: 0 });
    });
    // After the thanks, back to waiting: the next resident never sees this one's forms.
    effect((onCleanup) => {
      if (this.view() !== 'thanks') return;
      const timer = setTimeout(() => this.finish(), thanksMilliseconds);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected confirm(): void {
    const form = this.form();
    if (form) this.confirmed.update((set) => new Set([...set, form.formId]));
  }

  protected back(): void {
    const form = this.form();
    if (form) this.confirmed.update((set) => new Set([...set].filter((id) => id !== form.formId)));
  }

  protected async sign(png: string): Promise<void> {
    const box = this.box();
    if (!box) return;
    if (await this.store.sign(box.formId, box.field.id, png)) this.handle(box.key);
  }

  /** 省略: only an optional box (保証人, 証人) can be left out; it prints empty. */
  protected skip(): void {
    const box = this.box();
    if (box && !box.field.required) this.handle(box.key);
  }

  protected finish(): void {
    this.snackBar.dismiss();
    void this.router.navigateByUrl('/panel', { replaceUrl: true });
  }

  /** The box is done here: on to the next one, on an empty pad. */
  private handle(key: string): void {
    this.handled.update((set) => new Set([...set, key]));
    this.pad()?.clear();
  }
}
