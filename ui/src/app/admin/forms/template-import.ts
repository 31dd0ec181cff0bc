import { Component, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { firstValueFrom } from 'rxjs';
import { problemMessage, problemOf } from '../../core/http/problem-message';
import type { TemplateProblem } from './form-template.models';
import { FormTemplatesApi } from './form-templates-api';
import { TemplateProblemList } from './template-problem-list';

/** 様式ファイルを取り込む: a JSON file exported here or made elsewhere, saved as a draft and, if asked, published. */
@Component({
  selector: 'mdg-template-import',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, TemplateProblemList],
  template: `
    <section class="import" aria-labelledby="import-title">
      <h2 id="import-title">様式ファイル（JSON）を取り込む</h2>
      <p class="lead">「JSON書き出し」で保存したファイルや、他の自治体から受け取った様式を登録します。同じ様式IDがあれば、その下書きになります。</p>
      <div class="row">
        <label class="file">
          <input #file type="file" class="visually-hidden" accept=".json,application/json" (change)="chosen(file.files)" data-testid="import-file" />
          <span class="file-button" aria-hidden="true">ファイルを選ぶ</span>
          <span class="file-name">{{ fileName() || '選ばれていません' }}</span>
          <span class="visually-hidden">取り込む様式ファイル</span>
        </label>
        <mat-checkbox [(ngModel)]="publish" data-testid="import-publish">取り込んだらすぐ公開する</mat-checkbox>
        <button mat-flat-button type="button" [disabled]="!template() || busy()" (click)="send()" data-testid="import-submit">取り込む</button>
      </div>
      @if (error(); as message) {
        <mdg-template-problem-list [problems]="problems()" [message]="message" />
      }
    </section>
  `,
  styles: `
    .import { padding: 12px 16px; border: 1px dashed var(--mat-sys-outline); border-radius: 10px; background: var(--mat-sys-surface); }
    h2 { margin: 0; font-size: 1.0625rem; }
    .lead { margin: 2px 0 8px; font-size: 0.9375rem; color: var(--mat-sys-on-surface-variant); }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin-bottom: 8px; }
    .file { display: inline-flex; align-items: center; gap: 8px; cursor: pointer; }
    .file-button { padding: 6px 14px; border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface-container); font-weight: 500; }
    .file:focus-within .file-button { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    .file-name { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class TemplateImport {
  private readonly api = inject(FormTemplatesApi);
  readonly imported = output<string>();
  protected publish = false;
  protected readonly template = signal<Record<string, unknown> | null>(null);
  protected readonly fileName = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly problems = signal<readonly TemplateProblem[]>([]);

  protected async chosen(files: FileList | null): Promise<void> {
    this.template.set(null);
    this.error.set(null);
    this.problems.set([]);
    const file = files?.item(0);
    this.fileName.set(file?.name ?? '');
    if (!file) return;
    try {
      const parsed: unknown = JSON.parse(await file.text());
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      this.template.set(parsed as Record<string, unknown>);
    } catch {
      this.error.set(`「${file.name}」は様式ファイル（JSON）として読めません。ファイルを確かめてください。`);
    }
  }

  protected async send(): Promise<void> {
    const template = this.template();
    if (!template) return;
    this.busy.set(true);
    try {
      const changed = await firstValueFrom(this.api.import(template, this.publish));
      this.error.set(null);
      this.problems.set([]);
      this.imported.emit(changed.id);
    } catch (error: unknown) {
      this.error.set(problemMessage(error));
      this.problems.set(problemOf(error)?.errors ?? []);
    } finally {
      this.busy.set(false);
    }
  }
}
