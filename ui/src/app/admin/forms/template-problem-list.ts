import { Component, input, output } from '@angular/core';
import type { TemplateProblem } from './form-template.models';

/** The problems the server found in a template, each a button when the designer can show where it is. */
@Component({
  selector: 'mdg-template-problem-list',
  template: `
    <div class="problems" role="alert" data-testid="template-problems">
      @if (message()) {
        <p class="message">{{ message() }}</p>
      }
      <ul>
        @for (problem of problems(); track $index) {
          <li data-testid="template-problem" [attr.data-path]="problem.field">
            @if (selectable()) {
              <button type="button" class="link" (click)="picked.emit(problem)" [title]="problem.field">{{ problem.message }}</button>
            } @else {
              {{ problem.message }}
            }
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    .problems { padding: 10px 16px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .message { margin: 0 0 4px; font-weight: 700; }
    ul { margin: 0; padding-left: 1.3em; }
    li { margin: 2px 0; }
    .link { padding: 0; border: 0; background: none; color: inherit; font: inherit; text-align: left; text-decoration: underline; cursor: pointer; }
  `,
})
export class TemplateProblemList {
  readonly problems = input.required<readonly TemplateProblem[]>();
  readonly message = input<string | null>(null);
  readonly selectable = input(false);
  readonly picked = output<TemplateProblem>();
}
