import { afterRenderEffect, Component, computed, ElementRef, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { CityDirectory } from '../../core/city/city-directory';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { FormsSection } from '../forms/forms-section';
import { VisitFormsStore } from '../forms/visit-forms-store';
import { ChecklistPanel } from './checklist-panel';
import { InterviewForm } from './interview-form';
import { ParticipantsPanel } from './participants-panel';
import { LifeEventPicker } from './life-event-picker';
import { ManualPersonForm } from './manual-person-form';
import { PersonList } from './person-list';
import { PersonSearch } from './person-search';
import { StepNav } from './step-nav';
import { VisitActions } from './visit-actions';
import { VisitHeader } from './visit-header';
import { VisitWorkspaceStore } from './visit-workspace-store';

/**
 * 来庁者の手続き (/visits/:id): the counter's main screen, in the order of the conversation — who came,
 * what happened in their life, a few questions, the procedures (why, where, by when), the forms filled
 * from what is known (signed at the touch panel, printed at once), then next counter or done. Live: another clerk's change shows without a reload.
 */
@Component({
  selector: 'mdg-visit-workspace-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    JapaneseDatePipe,
    ChecklistPanel,
    FormsSection,
    InterviewForm,
    ParticipantsPanel,
    LifeEventPicker,
    ManualPersonForm,
    PersonList,
    PersonSearch,
    StepNav,
    VisitActions,
    VisitHeader,
  ],
  providers: [VisitWorkspaceStore, VisitFormsStore],
  templateUrl: './visit-workspace-page.html',
  styleUrl: './visit-workspace-page.scss',
})
export class VisitWorkspacePage {
  /** The route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(VisitWorkspaceStore);
  private readonly forms = inject(VisitFormsStore);
  private readonly directory = inject(CityDirectory);
  protected readonly workspace = this.store.workspace;
  protected readonly personMode = signal<'search' | 'manual'>('search');
  protected readonly lastHandoff = computed(() => this.workspace()?.handoffs.at(-1) ?? null);

  /** The counter a call happens at: the clerk's own, else the first of the department the visit waits at. */
  private readonly callCounterId = computed(() => {
    const own = this.store.staff()?.counterId ?? null;
    const departmentId = this.workspace()?.departmentId;
    if (own && this.directory.counter(own)?.departmentId === departmentId) return own;
    return this.directory.counters().find((counter) => counter.departmentId === departmentId)?.id ?? own;
  });

  constructor() {
    const ids = toObservable(this.id);
    this.store.connect(ids);
    this.forms.connect(ids);
    this.focusFirstFieldAfterOpening();
  }

  /**
   * After 受付を開始 (the queue navigates here with `state: { focus: 'first-step' }`) the keyboard focus goes to
   * the first field of step 1 (the register search, or the manual form), once the visit is on screen.
   */
  private focusFirstFieldAfterOpening(): void {
    const focus = inject(Router).currentNavigation()?.extras.state?.['focus'];
    let pending = focus === 'first-step' || focus === 'own-procedures';
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterRenderEffect(() => {
      const workspace = this.workspace();
      if (!pending || !workspace) return;
      // After 呼出 from the queue: this department's own procedures, where the resident was sent.
      const target =
        focus === 'own-procedures'
          ? host.querySelector<HTMLElement>(`[data-testid="checklist-department"][data-department-id="${workspace.departmentId}"]`)
          : host.querySelector<HTMLElement>('.mode-panel input, .mode-panel select, .mode-panel textarea');
      if (target) {
        pending = false;
        if (focus === 'own-procedures') {
          target.setAttribute('tabindex', '-1');
          target.scrollIntoView({ block: 'start' });
        }
        target.focus();
      }
    });
  }

  protected call(): void {
    const counterId = this.callCounterId();
    if (!counterId) return;
    void this.store.run({ method: 'POST', path: '/service-start', body: { counterId } }, { success: '対応を開始しました。' });
  }
}
