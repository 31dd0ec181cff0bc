import { Component, computed, inject } from '@angular/core';
import { VisitFormsStore } from '../forms/visit-forms-store';
import { VisitWorkspaceStore } from './visit-workspace-store';

/** The six steps at a glance, each a jump to its section: how far the visit has come. */
@Component({
  selector: 'mdg-step-nav',
  template: `
    <nav class="steps" aria-label="手続きの流れ">
      @for (step of steps(); track step.target; let i = $index) {
        <button type="button" class="step" [class.done]="step.done" (click)="jump(step.target)" [attr.data-testid]="'step-nav-' + (i + 1)">
          <span class="number" aria-hidden="true">{{ step.done ? '✓' : i + 1 }}</span>
          <span class="label">{{ step.label }}</span>
          <span class="state">{{ step.state }}</span>
        </button>
      }
    </nav>
  `,
  styles: `
    .steps { display: grid; grid-template-columns: repeat(6, 1fr); gap: 8px; margin-top: 12px; }
    .step { display: grid; grid-template-columns: auto 1fr; grid-template-rows: auto auto; column-gap: 8px; align-items: center;
      padding: 8px 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 10px; background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface); font: inherit; text-align: left; cursor: pointer; }
    .step:hover { border-color: var(--mat-sys-primary); }
    .number { grid-row: 1 / 3; display: grid; place-items: center; width: 28px; height: 28px; border-radius: 50%;
      background: var(--mat-sys-surface-container-highest); font-weight: 700; }
    .done .number { background: #2e7d32; color: #fff; }
    .label { font-weight: 700; }
    .state { font-size: 0.8125rem; color: var(--mat-sys-on-surface-variant); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    @media (max-width: 900px) { .steps { grid-template-columns: repeat(3, 1fr); } }
  `,
})
export class StepNav {
  private readonly store = inject(VisitWorkspaceStore);
  private readonly forms = inject(VisitFormsStore);

  protected readonly steps = computed(() => {
    const visit = this.store.workspace();
    if (!visit) return [];
    const unanswered = visit.questions.filter((question) => question.answer === null).length;
    const concerned = visit.persons.filter((person) => person.concerned).length;
    const forms = this.forms.liveForms();
    const missing = forms.reduce((sum, form) => sum + form.missingRequired.length, 0);
    const printed = forms.length > 0 && forms.every((form) => form.printedAt !== null);
    return [
      { target: 'step-persons', label: '来庁者・世帯', done: visit.persons.length > 0, state: visit.persons.length > 0 ? `${visit.persons.length}人（対象${concerned}人）` : '未登録' },
      { target: 'step-events', label: 'ライフイベント', done: visit.lifeEvents.length > 0, state: visit.lifeEvents.map((event) => event.name).join('・') || '未選択' },
      { target: 'step-interview', label: '聞き取り', done: visit.questions.length > 0 && unanswered === 0, state: visit.questions.length === 0 ? '—' : unanswered > 0 ? `未回答 ${unanswered}問` : '回答済み' },
      { target: 'step-checklist', label: '手続き', done: visit.summary.total > 0 && visit.summary.open === 0, state: visit.summary.total === 0 ? 'まだありません' : `未完了 ${visit.summary.open}件／全${visit.summary.total}件` },
      { target: 'step-forms', label: '申請書', done: printed, state: forms.length === 0 ? '未作成' : missing > 0 ? `未入力 ${missing}件` : printed ? '印刷済み' : `${forms.length}件 入力済み` },
      { target: 'step-finish', label: '次の窓口・完了', done: visit.status !== 'open', state: visit.status === 'open' ? `${visit.departmentName}で${visit.phase === 'waiting' ? '案内待ち' : '対応中'}` : visit.statusLabel },
    ];
  });

  protected jump(id: string): void {
    const target = document.getElementById(id);
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target?.focus({ preventScroll: true });
  }
}
