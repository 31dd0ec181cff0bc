import { Component, type ElementRef, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { DomSanitizer } from '@angular/platform-browser';

export interface PrintDialogData {
  readonly title: string;
  /** The PDF's own address on this server (a same-origin frame: the content policy allows no blob: frames). */
  readonly src: string;
}

/**
 * The PDF to print, shown as it will come out of the printer: 「印刷する」 opens the browser's print for it
 * and closes with true (the caller records it as printed); 「新しいタブで開く」 only shows it.
 */
@Component({
  selector: 'mdg-print-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content class="content">
      <iframe #frame class="frame" [src]="safeUrl" title="印刷する申請書（PDF）" data-testid="print-frame"></iframe>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="print-cancel">閉じる</button>
      <button mat-stroked-button type="button" (click)="openTab()" data-testid="print-open-tab">新しいタブで開く</button>
      <button mat-flat-button type="button" (click)="print()" cdkFocusInitial data-testid="print-confirm">印刷する</button>
    </mat-dialog-actions>
  `,
  styles: `
    .content { max-height: none; }
    .frame { display: block; width: 100%; height: calc(92vh - 160px); border: 1px solid var(--mat-sys-outline-variant); background: #525659; }
  `,
})
export class PrintDialog {
  protected readonly data = inject<PrintDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<PrintDialog, boolean>);
  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');
  protected readonly safeUrl = inject(DomSanitizer).bypassSecurityTrustResourceUrl(this.data.src);

  protected print(): void {
    try {
      const view = this.frame().nativeElement.contentWindow;
      if (!view) throw new Error('no frame');
      view.focus();
      view.print();
    } catch {
      window.open(this.data.src, '_blank'); // a browser that cannot print a framed PDF: print from its own tab
    }
    this.ref.close(true);
  }

  protected openTab(): void {
    window.open(this.data.src, '_blank');
  }
}
