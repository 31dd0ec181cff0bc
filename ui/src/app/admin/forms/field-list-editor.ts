import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { FieldDefinition } from '@madoguchi/application/form/contracts/form-template.contract';
import { FieldEditor } from './field-editor';
import { fieldPresets, fieldTypeLabels } from './field-presets';
import { FormDesignerStore } from './form-designer-store';
import { addField, isPlaced, placeField, uniqueFieldId } from './template-edits';

/**
 * 項目: what the form asks. Common items (氏名, 住所, 届出日, 署名…) are one click away, already bound to the
 * data the counter knows and placed on the page; any other item starts blank. Each opens to its editor.
 */
@Component({
  selector: 'mdg-field-list-editor',
  imports: [MatButtonModule, MatIconModule, FieldEditor],
  templateUrl: './field-list-editor.html',
  styleUrl: './field-list-editor.scss',
})
export class FieldListEditor {
  protected readonly store = inject(FormDesignerStore);
  protected readonly typeLabels = fieldTypeLabels;
  protected readonly fields = computed(() => this.store.content()?.fields ?? []);
  protected readonly presets = computed(() => {
    const taken = new Set(this.fields().map((field) => field.id));
    return fieldPresets.map((preset) => ({ preset, added: taken.has(preset.id) }));
  });

  protected placed(id: string): boolean {
    const content = this.store.content();
    return content ? isPlaced(content, id) : false;
  }

  protected toggle(index: number): void {
    this.store.openField.update((open) => (open === index ? null : index));
  }

  /** Adds an item and places it on the page shown (a labelled row under what is there). */
  protected add(preset?: FieldDefinition): void {
    const content = this.store.content();
    if (!content) return;
    const field: FieldDefinition = preset ?? { id: uniqueFieldId(content), label: '新しい項目', type: 'text', required: false };
    this.store.edit((current) => placeField(addField(current, field), this.store.page(), field));
    this.store.openField.set(this.fields().length - 1);
  }
}
