import { Component, input } from '@angular/core';
import type { SaveFailure } from './catalogue-admin-api';

/** The server's answer to a refused save: its message and every problem it listed. */
@Component({
  selector: 'mdg-save-problems',
  template: `
    @if (failure(); as failed) {
      <div class="problems" role="alert" data-testid="catalogue-errors">
        <p class="message">{{ failed.message }}</p>
        @if (failed.stale) {
          <p>最新のカタログを読み込みました。入力した内容は残っています。確かめてから、もう一度保存してください。</p>
        }
        @if (failed.problems.length > 0) {
          <ul>
            @for (problem of failed.problems; track $index) {
              <li data-testid="catalogue-error">{{ problem }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .problems { margin: 0 0 12px; padding: 10px 16px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .message { margin: 0; font-weight: 700; }
    p { margin: 4px 0 0; }
    ul { margin: 6px 0 0; padding-left: 1.4em; }
  `,
})
export class SaveProblems {
  readonly failure = input<SaveFailure | null>(null);
}
