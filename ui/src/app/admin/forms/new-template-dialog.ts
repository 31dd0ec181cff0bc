import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { type NewTemplate, templateIdPattern } from './paper';

export interface NewTemplateDialogData {
  /** Ids already in use (a new template must not overwrite one). */
  readonly takenIds: readonly string[];
  readonly categories: readonly string[];
}

/** 新しい様式: its id, name, category, paper and whether it is one per person; closes with them. */
@Component({
  selector: 'mdg-new-template-dialog',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule],
  template: `
    <h2 mat-dialog-title>新しい様式を作る</h2>
    <mat-dialog-content>
      <p class="lead">白紙の用紙（表題とQRコードだけ）から始めます。あとから何でも変えられます（様式IDを除く）。</p>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>様式名</mat-label>
        <input matInput [ngModel]="name()" (ngModelChange)="name.set($event)" required cdkFocusInitial data-testid="new-template-name" />
        <mat-hint>印刷される表題です（例: 住民異動届）</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>様式ID（半角英小文字・数字・ハイフン）</mat-label>
        <input matInput [ngModel]="id()" (ngModelChange)="id.set($event.trim())" required data-testid="new-template-id" />
        <mat-hint>手続きカタログで様式を指すときに使います。例: jumin-ido-todoke。あとから変えられません。</mat-hint>
      </mat-form-field>
      @if (idProblem(); as problem) {
        <p class="error" role="alert" data-testid="new-template-id-error">{{ problem }}</p>
      }
      <mat-form-field appearance="outline" class="wide">
        <mat-label>分類</mat-label>
        <input matInput [ngModel]="category()" (ngModelChange)="category.set($event)" required [attr.list]="'template-categories'" data-testid="new-template-category" />
        <datalist id="template-categories">
          @for (known of data.categories; track known) {
            <option [value]="known"></option>
          }
        </datalist>
        <mat-hint>一覧で様式をまとめる見出しです（例: 住民異動、国民健康保険）</mat-hint>
      </mat-form-field>
      <div class="paper">
        <span id="new-template-paper">用紙</span>
        <mat-radio-group [ngModel]="paper()" (ngModelChange)="paper.set($event)" aria-labelledby="new-template-paper">
          <mat-radio-button value="A4-portrait">A4 縦</mat-radio-button>
          <mat-radio-button value="A4-landscape">A4 横</mat-radio-button>
          <mat-radio-button value="A3-portrait">A3 縦</mat-radio-button>
          <mat-radio-button value="A3-landscape">A3 横</mat-radio-button>
        </mat-radio-group>
      </div>
      <mat-checkbox [ngModel]="perPerson()" (ngModelChange)="perPerson.set($event)">1人ごとに1枚作る（例: 子ども医療費の申請を子どもごとに）</mat-checkbox>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>やめる</button>
      <button mat-flat-button type="button" [disabled]="!valid()" (click)="create()" data-testid="new-template-create">作成してデザイナーを開く</button>
    </mat-dialog-actions>
  `,
  styles: `
    .lead { margin: 0 0 16px; }
    .wide { width: 100%; margin-bottom: 8px; }
    .paper { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; margin: 4px 0 8px; }
    .error { margin: -4px 0 12px; color: var(--mat-sys-error); font-weight: 500; }
  `,
})
export class NewTemplateDialog {
  protected readonly data = inject<NewTemplateDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<NewTemplateDialog, NewTemplate>);
  protected readonly name = signal('');
  protected readonly id = signal('');
  protected readonly category = signal('');
  protected readonly paper = signal('A4-portrait');
  protected readonly perPerson = signal(false);

  protected readonly idProblem = computed(() => {
    const id = this.id();
    if (id === '') return null;
    if (!templateIdPattern.test(id)) return '様式IDは半角の英小文字・数字を、ハイフン（-）でつないでください（例: inkan-toroku-shinsei）。';
    if (this.data.takenIds.includes(id)) return `様式ID「${id}」はすでに使われています。別のIDにしてください。`;
    return null;
  });
  protected readonly valid = computed(() => this.name().trim() !== '' && this.category().trim() !== '' && this.id() !== '' && this.idProblem() === null);

  protected create(): void {
    if (!this.valid()) return;
    const [size, orientation] = this.paper().split('-') as ['A4' | 'A3', 'portrait' | 'landscape'];
    this.ref.close({ id: this.id(), name: this.name().trim(), category: this.category().trim(), paper: { size, orientation }, perPerson: this.perPerson() });
  }
}
