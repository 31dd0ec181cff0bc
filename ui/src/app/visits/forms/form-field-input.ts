import { Component, computed, input, linkedSignal, output, untracked } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { FormFieldDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { parseDateInput } from '../../core/dates/date-input';
import { formatJapaneseDate } from '../../core/dates/japanese-date';
import { toKatakana } from '../workspace/manual-person-options';
import type { FormValue } from './visit-forms-api';

/** What the input needs to know about the item it asks for. */
export type FormFieldShape = Pick<FormFieldDto, 'id' | 'label' | 'type' | 'required' | 'maxLength' | 'choices' | 'help'>;

const placeholders: Readonly<Record<string, string>> = {
  phone: '例: 0198-24-2111',
  'postal-code': '例: 025-0075',
  date: '例: R8.4.1、令和8年4月1日、2026-04-01',
  kana: '例: ハナマキ タロウ',
};

function initialText(value: FormValue, type: string): string {
  if (typeof value !== 'string') return '';
  return type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatJapaneseDate(`${value}T00:00:00+09:00`) : value;
}

/**
 * One form item asked by its type: text, 複数行, kana (ひらがなでも可), date (和暦 or 西暦, echoed in the era),
 * phone, postal code, number, choice, checkbox. Emits the value to send (dates as YYYY-MM-DD when readable);
 * shows the server's Japanese message under it.
 */
@Component({
  selector: 'mdg-form-field-input',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  template: `
    @let f = field();
    @switch (f.type) {
      @case ('checkbox') {
        <mat-checkbox [checked]="value() === true" (change)="valueChange.emit($event.checked)" [attr.data-testid]="testId()">{{ showLabel() ? f.label : 'はい' }}</mat-checkbox>
      }
      @case ('choice') {
        @if (f.choices.length <= 4) {
          <div class="choice-field">
            @if (showLabel()) {
              <span class="label" [id]="testId() + '-label'">{{ f.label }}</span>
            }
            <mat-radio-group [value]="value()" (change)="valueChange.emit($event.value)" [attr.aria-labelledby]="showLabel() ? testId() + '-label' : null"
              [attr.aria-label]="showLabel() ? null : f.label" [attr.data-testid]="testId()">
              @for (choice of f.choices; track choice.value) {
                <mat-radio-button [value]="choice.value" [attr.data-testid]="testId() + '-' + choice.value">{{ choice.label }}</mat-radio-button>
              }
            </mat-radio-group>
          </div>
        } @else {
          <mat-form-field appearance="outline" class="wide">
            @if (showLabel()) {
              <mat-label>{{ f.label }}</mat-label>
            }
            <mat-select [value]="value()" (selectionChange)="valueChange.emit($event.value)" [aria-label]="f.label" placeholder="選んでください" [attr.data-testid]="testId()">
              @for (choice of f.choices; track choice.value) {
                <mat-option [value]="choice.value">{{ choice.label }}</mat-option>
              }
            </mat-select>
            @if (f.help) {
              <mat-hint>{{ f.help }}</mat-hint>
            }
          </mat-form-field>
        }
      }
      @case ('multiline') {
        <mat-form-field appearance="outline" class="wide">
          @if (showLabel()) {
            <mat-label>{{ f.label }}</mat-label>
          }
          <textarea [attr.aria-label]="f.label" matInput rows="3" [value]="text()" (input)="typed($any($event.target).value)" [attr.maxlength]="f.maxLength" [attr.data-testid]="testId()"></textarea>
          @if (f.help) {
            <mat-hint>{{ f.help }}</mat-hint>
          }
        </mat-form-field>
      }
      @default {
        <mat-form-field appearance="outline" class="wide">
          @if (showLabel()) {
            <mat-label>{{ f.label }}</mat-label>
          }
          <input matInput [attr.aria-label]="f.label" [type]="f.type === 'phone' ? 'tel' : 'text'" [attr.inputmode]="inputMode()" autocomplete="off"
            [value]="text()" (input)="typed($any($event.target).value)" [attr.maxlength]="f.maxLength"
            [placeholder]="placeholder()" [attr.data-testid]="testId()" />
          @if (f.type === 'date') {
            <mat-hint [attr.data-testid]="testId() + '-check'">{{ dateEcho() || '和暦（R8.4.1・令和8年4月1日）でも西暦でも' }}</mat-hint>
          } @else if (f.help) {
            <mat-hint>{{ f.help }}</mat-hint>
          } @else if (f.type === 'kana') {
            <mat-hint>ひらがなで入れてもカタカナになります</mat-hint>
          }
        </mat-form-field>
      }
    }
    @if (error(); as message) {
      <p class="error" role="alert" [attr.data-testid]="testId() + '-error'">{{ message }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .wide { width: 100%; }
    .choice-field { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; padding: 4px 0 12px; }
    .label { font-weight: 500; }
    .error { margin: 0 0 8px; padding: 4px 10px; border-radius: 6px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); font-size: 0.9375rem; }
  `,
})
export class FormFieldInput {
  readonly field = input.required<FormFieldShape>();
  readonly value = input<FormValue>(null);
  readonly error = input<string | null>(null);
  readonly testId = input.required<string>();
  /** Off where the item's name is shown beside the input already (it stays the accessible name). */
  readonly showLabel = input(true);
  readonly valueChange = output<FormValue>();

  /** What the clerk typed, kept as typed (the value sent may be normalised, e.g. a date as YYYY-MM-DD). */
  protected readonly text = linkedSignal({
    source: () => this.field().id,
    computation: () => untracked(() => initialText(this.value(), this.field().type)),
  });
  protected readonly placeholder = computed(() => placeholders[this.field().type] ?? '');
  protected readonly inputMode = computed(() => {
    switch (this.field().type) {
      case 'phone':
        return 'tel';
      case 'postal-code':
      case 'number':
        return 'decimal';
      default:
        return null;
    }
  });
  protected readonly dateEcho = computed(() => {
    const iso = this.field().type === 'date' ? parseDateInput(this.text()) : null;
    return iso ? `${formatJapaneseDate(`${iso}T00:00:00+09:00`)}（${iso}）` : '';
  });

  protected typed(text: string): void {
    this.text.set(text);
    const trimmed = text.trim();
    if (trimmed === '') {
      this.valueChange.emit(null);
      return;
    }
    switch (this.field().type) {
      case 'date':
        this.valueChange.emit(parseDateInput(trimmed) ?? trimmed);
        return;
      case 'kana':
        this.valueChange.emit(toKatakana(trimmed));
        return;
      default:
        this.valueChange.emit(trimmed);
    }
  }
}
