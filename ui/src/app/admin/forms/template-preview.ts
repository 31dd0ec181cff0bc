import { Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import type { FormTemplateContent } from '@madoguchi/application/form/contracts/form-template.contract';
import { catchError, debounce, filter, from, map, type Observable, switchMap, tap, timer } from 'rxjs';
import { problemFromBlobError } from '../../core/http/blob-problem';
import { problemMessage } from '../../core/http/problem-message';
import { FormDesignerStore } from './form-designer-store';
import type { TemplateProblem } from './form-template.models';
import { FormTemplatesApi } from './form-templates-api';
import { problemTarget } from './problem-target';
import { TemplateProblemList } from './template-problem-list';

type Outcome = { readonly pdf: Blob } | { readonly message: string; readonly problems: readonly TemplateProblem[] };

/**
 * プレビュー: the template as the server prints it, with the sample household filled in, a moment after each
 * change. While the template has problems, their list instead; clicking one shows the element or field.
 */
@Component({
  selector: 'mdg-template-preview',
  imports: [MatProgressBarModule, TemplateProblemList],
  template: `
    <div class="preview" data-testid="designer-preview" [attr.data-state]="state()">
      @if (loading()) {
        <mat-progress-bar class="loading" mode="indeterminate" aria-label="プレビューを作っています" />
      }
      @if (problems(); as list) {
        <mdg-template-problem-list [problems]="list" [message]="message()" [selectable]="true" (picked)="store.reveal(target($event.field))" />
        <p class="hint">誤りを直すと、プレビューが表示されます。項目をクリックすると、その場所を表示します。</p>
      } @else if (url(); as src) {
        <div class="bar">
          <button type="button" class="open" (click)="openTab()" data-testid="designer-preview-open">新しいタブで大きく表示</button>
        </div>
        @if (blocked()) {
          <p class="hint" role="status" data-testid="designer-preview-blocked">
            この画面の中にはPDFを表示できません（サーバーのセキュリティ設定）。「新しいタブで大きく表示」で確認してください。
          </p>
        }
        <iframe class="frame" [class.hidden]="blocked()" [src]="src" title="プレビュー（見本データ入りのPDF）" data-testid="designer-preview-frame"></iframe>
      } @else if (!loading()) {
        <p class="hint">変更すると、少し後にここへPDFのプレビューが表示されます。</p>
      }
    </div>
  `,
  styles: `
    :host { display: block; height: 100%; }
    .preview { position: relative; display: flex; flex-direction: column; gap: 8px; height: 100%; }
    .loading { position: absolute; top: 0; left: 0; right: 0; }
    .frame { flex: 1; width: 100%; min-height: 480px; border: 1px solid var(--mat-sys-outline-variant); background: #525659; }
    .hint { margin: 0; font-size: 0.875rem; color: var(--mat-sys-on-surface-variant); }
    .bar { display: flex; justify-content: flex-end; }
    .open { padding: 2px 10px; border: 1px solid var(--mat-sys-primary); border-radius: 6px; background: var(--mat-sys-surface); color: var(--mat-sys-primary); font: inherit; font-size: 0.8125rem; cursor: pointer; }
    .frame.hidden { display: none; }
  `,
})
export class TemplatePreview {
  /** Milliseconds of calm after a change before asking the server (typing does not render every key). */
  readonly delay = input(600);

  protected readonly store = inject(FormDesignerStore);
  private readonly api = inject(FormTemplatesApi);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly url = signal<SafeResourceUrl | null>(null);
  protected readonly problems = signal<readonly TemplateProblem[] | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly state = signal<'empty' | 'pdf' | 'problems'>('empty');
  /** The page's content policy refused to frame the PDF (blob: frames not allowed): offer a tab instead. */
  protected readonly blocked = signal(false);
  protected readonly target = problemTarget;
  private objectUrl: string | null = null;

  constructor() {
    toObservable(this.store.content)
      .pipe(
        filter((content): content is FormTemplateContent => content !== null),
        debounce(() => timer(this.delay())),
        tap(() => this.loading.set(true)),
        switchMap((content) => this.render(content)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));
    const refused = (event: SecurityPolicyViolationEvent) => {
      if (event.violatedDirective.startsWith('frame-src') && event.blockedURI.startsWith('blob')) this.blocked.set(true);
    };
    document.addEventListener('securitypolicyviolation', refused);
    inject(DestroyRef).onDestroy(() => {
      document.removeEventListener('securitypolicyviolation', refused);
      this.revoke();
    });
  }

  protected openTab(): void {
    if (this.objectUrl) window.open(this.objectUrl, '_blank');
  }

  private render(content: FormTemplateContent): Observable<Outcome> {
    return this.api.preview(content).pipe(
      map((pdf): Outcome => ({ pdf })),
      catchError((error: unknown) =>
        from(problemFromBlobError(error)).pipe(
          map((problem): Outcome => {
            const problems = problem?.errors ?? [];
            const message = problems.length > 0 ? `様式に誤りが${problems.length}件あります。` : (problem?.detail ?? problemMessage(error));
            return { message, problems };
          }),
        ),
      ),
    );
  }

  private show(outcome: Outcome): void {
    this.loading.set(false);
    this.revoke();
    if ('pdf' in outcome) {
      this.objectUrl = URL.createObjectURL(outcome.pdf);
      this.url.set(this.sanitizer.bypassSecurityTrustResourceUrl(`${this.objectUrl}#toolbar=0&view=FitH`));
      this.problems.set(null);
      this.message.set(null);
      this.state.set('pdf');
    } else {
      this.url.set(null);
      this.problems.set(outcome.problems);
      this.message.set(outcome.message);
      this.state.set('problems');
    }
  }

  private revoke(): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
  }
}
