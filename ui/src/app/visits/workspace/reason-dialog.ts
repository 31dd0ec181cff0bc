import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

export interface ReasonDialogData {
  readonly title: string;
  readonly message?: string;
  /** Listed above the field (e.g. the procedures still open). */
  readonly items?: readonly string[];
  readonly label: string;
  readonly confirmLabel: string;
  readonly required: boolean;
  /** data-testid prefix: `<prefix>-reason`, `<prefix>-confirm`. */
  readonly testId: string;
  readonly danger?: boolean;
}

/** Asks why (外す理由, 完了の理由, 取消の理由, 不要の理由); closes with the text, or nothing when cancelled. */
@Component({
  selector: 'mdg-reason-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @if (data.message) {
        <p class="message">{{ data.message }}</p>
      }
      @if (data.items?.length) {
        <ul class="items">
          @for (item of data.items; track $index) {
            <li>{{ item }}</li>
          }
        </ul>
      }
      <mat-form-field appearance="outline" class="field">
        <mat-label>{{ data.label }}</mat-label>
        <textarea matInput rows="3" [(ngModel)]="reason" [required]="data.required" cdkFocusInitial [attr.data-testid]="data.testId + '-reason'"></textarea>
        @if (data.required) {
          <mat-hint>必ず入力してください（記録に残ります）</mat-hint>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>やめる</button>
      <button mat-flat-button type="button" [class.danger]="data.danger" [disabled]="!valid()" (click)="confirm()" [attr.data-testid]="data.testId + '-confirm'">
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .message { margin: 0 0 12px; font-size: 1.0625rem; }
    .items { margin: 0 0 16px; padding-left: 1.4em; font-weight: 500; }
    .field { width: 100%; }
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReasonDialog, string>);
  protected readonly reasonState = signal('');
  protected readonly valid = computed(() => !this.data.required || this.reasonState().trim() !== '');

  protected get reason(): string {
    return this.reasonState();
  }
  protected set reason(value: string) {
    this.reasonState.set(value);
  }

  protected confirm(): void {
    if (this.valid()) this.ref.close(this.reasonState().trim());
  }
}
