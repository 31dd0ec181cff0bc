import { Component, inject } from '@angular/core';
import type { FormTemplateContent } from '@madoguchi/application/form/contracts/form-template.contract';
import { FormDesignerStore } from './form-designer-store';

/** 様式の情報: name, category, description, paper and whether it is made once per person. */
@Component({
  selector: 'mdg-template-info-editor',
  template: `
    @if (store.content(); as c) {
      <div class="info" data-testid="template-info">
        <label>様式名<input type="text" [value]="c.name" (input)="set({ name: $any($event.target).value })" data-testid="template-name" /></label>
        <label>分類<input type="text" [value]="c.category" (input)="set({ category: $any($event.target).value })" data-testid="template-category" /></label>
        <label>説明（管理者向け）<textarea rows="3" [value]="c.description" (input)="set({ description: $any($event.target).value })"></textarea></label>
        <label>用紙
          <select (change)="paper($any($event.target).value)" data-testid="template-paper">
            @for (option of papers; track option.value) {
              <option [value]="option.value" [selected]="option.value === c.paper.size + '-' + c.paper.orientation">{{ option.label }}</option>
            }
          </select>
        </label>
        <label class="check"><input type="checkbox" [checked]="c.perPerson" (change)="set({ perPerson: $any($event.target).checked })" />1人ごとに1枚作る（対象者ごとの様式）</label>
        <p class="id">様式ID: <code>{{ c.id }}</code>（変更できません）</p>
      </div>
    }
  `,
  styles: `
    .info { display: grid; gap: 8px; }
    label { display: grid; gap: 2px; font-size: 0.875rem; }
    label.check { display: flex; align-items: center; gap: 6px; }
    input, select, textarea { box-sizing: border-box; width: 100%; padding: 5px 8px; border: 1px solid var(--mat-sys-outline); border-radius: 6px; font: inherit; font-size: 0.9375rem; background: var(--mat-sys-surface); }
    input[type='checkbox'] { width: auto; }
    .id { margin: 0; font-size: 0.8125rem; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class TemplateInfoEditor {
  protected readonly store = inject(FormDesignerStore);
  protected readonly papers = [
    { value: 'A4-portrait', label: 'A4 縦' },
    { value: 'A4-landscape', label: 'A4 横' },
    { value: 'A3-portrait', label: 'A3 縦' },
    { value: 'A3-landscape', label: 'A3 横' },
  ];

  protected set(patch: Partial<FormTemplateContent>): void {
    this.store.edit((content) => ({ ...content, ...patch }));
  }

  protected paper(value: string): void {
    const [size, orientation] = value.split('-') as [FormTemplateContent['paper']['size'], FormTemplateContent['paper']['orientation']];
    this.set({ paper: { size, orientation } });
  }
}
