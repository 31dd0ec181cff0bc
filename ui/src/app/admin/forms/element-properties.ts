import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { Box, LayoutElement, Point } from '@madoguchi/application/form/contracts/form-template.contract';
import { round } from './element-geometry';
import { elementKindLabels } from './field-presets';
import { FormDesignerStore } from './form-designer-store';
import { addElement, removeElement, reorderElement, replaceElement } from './template-edits';

type Patch = Record<string, unknown>;

/** The selected element's properties: place and size in mm, its text or field, and how it prints. */
@Component({
  selector: 'mdg-element-properties',
  imports: [MatButtonModule],
  templateUrl: './element-properties.html',
  styleUrl: './element-properties.scss',
})
export class ElementProperties {
  protected readonly store = inject(FormDesignerStore);
  protected readonly kindLabels = elementKindLabels;
  private readonly fields = computed(() => this.store.content()?.fields ?? []);
  protected readonly valueFields = computed(() => this.fields().filter((f) => f.type !== 'signature' && f.type !== 'checkbox'));
  protected readonly checkFields = computed(() => this.fields().filter((f) => f.type === 'checkbox' || f.type === 'choice'));
  protected readonly signatureFields = computed(() => this.fields().filter((f) => f.type === 'signature'));
  protected readonly choicesOf = (fieldId: string) => this.fields().find((f) => f.id === fieldId)?.choices ?? [];

  /** Merges a change into the selected element; `undefined` removes a property (back to the default). */
  protected set(patch: Patch): void {
    const index = this.store.selected();
    const element = this.store.selectedElement();
    if (index === null || !element) return;
    const next: Patch = { ...element, ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined || value === '') delete next[key];
    this.store.edit((content) => replaceElement(content, this.store.page(), index, next as unknown as LayoutElement));
  }

  protected setBox(box: Box, key: keyof Box, text: string): void {
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value)) this.set({ box: { ...box, [key]: round(value) } });
  }

  protected setPoint(end: 'from' | 'to', point: Point, key: keyof Point, text: string): void {
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value)) this.set({ [end]: { ...point, [key]: round(value) } });
  }

  /** A number property, or back to the default when emptied. */
  protected setNumber(key: string, text: string, integer = false): void {
    const value = Number(text);
    if (text.trim() === '') this.set({ [key]: undefined });
    else if (Number.isFinite(value)) this.set({ [key]: integer ? Math.round(value) : value });
  }

  protected flag(key: string, on: boolean): void {
    this.set({ [key]: on ? true : undefined });
  }

  protected duplicate(): void {
    const element = this.store.selectedElement();
    if (!element) return;
    const copy: LayoutElement =
      element.kind === 'line'
        ? { ...element, from: { x: element.from.x + 5, y: element.from.y + 5 }, to: { x: element.to.x + 5, y: element.to.y + 5 } }
        : { ...element, box: { ...element.box, x: element.box.x + 5, y: element.box.y + 5 } };
    this.store.edit((content) => addElement(content, this.store.page(), copy));
    this.store.select(this.store.elements().length - 1);
  }

  protected reorder(front: boolean): void {
    const index = this.store.selected();
    if (index === null) return;
    let moved = index;
    this.store.edit((content) => {
      const result = reorderElement(content, this.store.page(), index, front);
      moved = result.index;
      return result.content;
    });
    this.store.select(moved);
  }

  protected remove(): void {
    const index = this.store.selected();
    if (index === null) return;
    this.store.edit((content) => removeElement(content, this.store.page(), index));
    this.store.select(null);
  }
}
