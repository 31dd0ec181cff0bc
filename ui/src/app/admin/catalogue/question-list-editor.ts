import { Component, input } from '@angular/core';
import { type FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type QuestionForm, questionForm, questionTypes } from './question-form';

/** The interview questions of a life event: add, remove, reorder; choices one per line as 値=表示. */
@Component({
  selector: 'mdg-question-list-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './question-list-editor.html',
  styles: `
    .question { margin-bottom: 12px; padding: 12px 16px 4px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; font-weight: 700; }
    .head .spacer { flex: 1; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; }
    .wide { grid-column: 1 / -1; }
    .json { font-family: ui-monospace, monospace; font-size: 0.875rem; }
    .empty { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class QuestionListEditor {
  readonly questions = input.required<FormArray<QuestionForm>>();
  protected readonly types = questionTypes;

  protected add(): void {
    this.questions().push(questionForm());
  }

  protected remove(index: number): void {
    this.questions().removeAt(index);
  }

  protected move(index: number, by: -1 | 1): void {
    const list = this.questions();
    const target = index + by;
    if (target < 0 || target >= list.length) return;
    const control = list.at(index);
    list.removeAt(index);
    list.insert(target, control);
  }
}
