import { Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from '../../core/dialogs/confirm-dialog';
import { ReasonDialog, type ReasonDialogData } from '../../visits/workspace/reason-dialog';
import { ElementProperties } from './element-properties';
import { elementKindLabels } from './field-presets';
import { FieldListEditor } from './field-list-editor';
import { FormDesignerStore } from './form-designer-store';
import { statusLabels } from './form-template.models';
import { PageCanvas } from './page-canvas';
import { problemTarget } from './problem-target';
import { addElement, addPage, type ElementKind, newElement, removePage } from './template-edits';
import { TemplateInfoEditor } from './template-info-editor';
import { TemplatePreview } from './template-preview';
import { TemplateProblemList } from './template-problem-list';
import type { HoldsUnsavedChanges } from './unsaved-changes-guard';

const missingFieldFor: Partial<Record<ElementKind, string>> = {
  field: '「項目」を置くには、先に左の「項目を追加」で項目を作ってください。',
  check: 'チェックを置くには、種類が「チェックボックス」か「選択肢」の項目を先に作ってください。',
  signature: '署名欄を置くには、種類が「署名」の項目を先に作ってください（よく使う項目の「署名」）。',
};

/**
 * 様式デザイナー (/admin/forms/:id): the items on the left, the page at scale in the middle (drag, resize,
 * add), the PDF as the server prints it on the right. 下書き保存 (If-Match), 公開, 廃止, JSON書き出し.
 */
@Component({
  selector: 'mdg-form-designer-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    ElementProperties,
    FieldListEditor,
    PageCanvas,
    TemplateInfoEditor,
    TemplatePreview,
    TemplateProblemList,
  ],
  providers: [FormDesignerStore],
  templateUrl: './form-designer-page.html',
  styleUrl: './form-designer-page.scss',
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
})
export class FormDesignerPage implements HoldsUnsavedChanges {
  /** The route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(FormDesignerStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly zoom = signal(1);
  protected readonly kinds = Object.entries(elementKindLabels) as Array<[ElementKind, string]>;
  protected readonly target = problemTarget;
  protected readonly Math = Math;
  protected readonly statuses = computed(() => {
    const doc = this.store.doc();
    return doc ? statusLabels({ publishedVersion: doc.published?.version ?? null, hasDraft: doc.draft !== null, retired: doc.retired !== null }) : [];
  });
  protected readonly canPublish = computed(() => {
    const doc = this.store.doc();
    return !!doc && (doc.draft !== null || this.store.dirty());
  });

  constructor() {
    this.store.load(toObservable(this.id));
  }

  hasUnsavedChanges(): boolean {
    return this.store.dirty();
  }

  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  protected add(kind: ElementKind): void {
    const content = this.store.content();
    if (!content) return;
    const element = newElement(content, this.store.page(), kind);
    if (!element) {
      this.snackBar.open(missingFieldFor[kind] ?? 'この要素は置けません。', '閉じる', { duration: 6000 });
      return;
    }
    this.store.edit((current) => addElement(current, this.store.page(), element));
    this.store.select(this.store.elements().length - 1);
  }

  protected addPage(): void {
    this.store.edit(addPage);
    this.store.showPage((this.store.content()?.pages.length ?? 1) - 1);
  }

  protected removePage(): void {
    const page = this.store.page();
    if ((this.store.content()?.pages.length ?? 0) <= 1) return;
    if (!window.confirm(`${page + 1}ページ目と、その上の要素をすべて削除します。よろしいですか？`)) return;
    this.store.edit((content) => removePage(content, page));
    this.store.showPage(Math.max(0, page - 1));
  }

  protected async save(): Promise<void> {
    if (await this.store.save()) this.snackBar.open('下書きを保存しました。公開するまで、窓口の申請書には使われません。', undefined, { duration: 4000 });
  }

  protected async publish(): Promise<void> {
    const doc = this.store.doc();
    if (!doc) return;
    const next = (doc.published?.version ?? 0) + 1;
    const data: ConfirmDialogData = {
      title: `「${this.store.content()?.name ?? doc.id}」を公開します`,
      message: `第${next}版として公開します。これから作成する申請書は、この新しい版を使います。`,
      note: `作成済みの申請書は、作成したときの版のままです。${this.store.dirty() ? '保存していない変更は、先に下書きとして保存します。' : ''}`,
      confirmLabel: `第${next}版を公開する`,
      testId: 'designer-publish',
    };
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '560px' });
    if (!(await firstValueFrom(ref.afterClosed()))) return;
    if (await this.store.publish()) this.snackBar.open(`第${next}版を公開しました。`, undefined, { duration: 4000 });
  }

  protected async retire(): Promise<void> {
    const data: ReasonDialogData = {
      title: `「${this.store.content()?.name ?? ''}」を廃止する`,
      message: '廃止すると、この様式では新しい申請書を作りません。作成済みの申請書はそのまま残ります。下書きを保存し直すと、廃止は取り消されます。',
      label: '廃止の理由',
      confirmLabel: '廃止する',
      required: true,
      testId: 'designer-retire',
      danger: true,
    };
    const reason = await firstValueFrom(this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '560px' }).afterClosed());
    if (reason !== undefined && (await this.store.retire(reason))) this.snackBar.open('様式を廃止しました。', undefined, { duration: 4000 });
  }

  /** The template as on screen (saved or not), as a JSON file. */
  protected exportJson(): void {
    const content = this.store.content();
    if (!content) return;
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(content, null, 2)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${content.id}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
