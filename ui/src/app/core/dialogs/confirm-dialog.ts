import { Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface ConfirmDialogData {
  readonly title: string;
  readonly message: string;
  /** Said under the message, in a box (what happens next). */
  readonly note?: string;
  readonly confirmLabel: string;
  /** data-testid prefix: `<prefix>-confirm`, `<prefix>-cancel`. */
  readonly testId: string;
}

/** Asks before a step that matters (公開); closes with true when confirmed. */
@Component({
  selector: 'mdg-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p class="message">{{ data.message }}</p>
      @if (data.note) {
        <p class="note">{{ data.note }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" [attr.data-testid]="data.testId + '-cancel'">やめる</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial [attr.data-testid]="data.testId + '-confirm'">{{ data.confirmLabel }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .message { margin: 0 0 12px; font-size: 1.0625rem; }
    .note { margin: 0; padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container); }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
