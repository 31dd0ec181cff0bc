import { Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { FieldDefinition, FieldType } from '@madoguchi/application/form/contracts/form-template.contract';
import { BindingPicker } from './binding-picker';
import { fieldTypeLabels } from './field-presets';
import { FormDesignerStore } from './form-designer-store';
import { fieldIdPattern } from './paper';
import { isPlaced, placeField, removeField, replaceField } from './template-edits';

type Patch = { -readonly [K in keyof FieldDefinition]?: FieldDefinition[K] | undefined };

/** One item of the template: its id, label, type, rules (必須, 文字数, 入力の形, 選択肢) and where its data comes from. */
@Component({
  selector: 'mdg-field-editor',
  imports: [MatButtonModule, BindingPicker],
  templateUrl: './field-editor.html',
  styleUrl: './field-editor.scss',
})
export class FieldEditor {
  readonly index = input.required<number>();
  readonly field = input.required<FieldDefinition>();

  protected readonly store = inject(FormDesignerStore);
  protected readonly types = Object.entries(fieldTypeLabels) as Array<[FieldType, string]>;
  protected readonly perPerson = computed(() => this.store.content()?.perPerson ?? false);
  protected readonly placed = computed(() => {
    const content = this.store.content();
    return content ? isPlaced(content, this.field().id) : false;
  });
  protected readonly idProblem = computed(() => {
    const id = this.field().id;
    if (!fieldIdPattern.test(id)) return '項目IDは半角の英小文字・数字を下線（_）でつないでください（例: applicant_phone）。';
    const same = (this.store.content()?.fields ?? []).filter((field) => field.id === id).length;
    return same > 1 ? `項目ID「${id}」が重複しています。` : null;
  });
  protected readonly choicesText = computed(() => (this.field().choices ?? []).map((choice) => `${choice.value}=${choice.label}`).join('\n'));

  protected set(patch: Patch): void {
    const next: Record<string, unknown> = { ...this.field(), ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined || value === '') delete next[key];
    this.store.edit((content) => replaceField(content, this.index(), next as unknown as FieldDefinition));
  }

  protected setType(type: FieldType): void {
    this.set({
      type,
      choices: type === 'choice' ? (this.field().choices ?? [{ value: 'yes', label: 'はい' }, { value: 'no', label: 'いいえ' }]) : undefined,
      binding: type === 'signature' ? undefined : this.field().binding,
    });
  }

  protected setId(text: string): void {
    this.set({ id: text.trim() });
  }

  protected setMaxLength(text: string): void {
    const value = Number(text);
    this.set({ maxLength: text.trim() === '' || !Number.isFinite(value) ? undefined : Math.round(value) });
  }

  /** 選択肢: one per line, `value=表示名` (a line without = uses the same text for both). */
  protected setChoices(text: string): void {
    const choices = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? { value: line, label: line } : { value: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
      });
    this.set({ choices });
  }

  protected place(): void {
    this.store.edit((content) => placeField(content, this.store.page(), this.field()));
  }

  protected remove(): void {
    this.store.edit((content) => removeField(content, this.index()));
    this.store.openField.set(null);
  }
}
