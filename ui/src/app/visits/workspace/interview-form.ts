import { Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import type { InterviewQuestionDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { VisitWorkspaceStore } from './visit-workspace-store';

type Drafts = Readonly<Record<string, unknown>>;

/**
 * 聞き取り: the questions of the chosen life events, one control per type. What the clerk changes stays a
 * draft (kept across live refreshes) until 「回答を保存」 sends it; the server then re-proposes procedures.
 */
@Component({
  selector: 'mdg-interview-form',
  imports: [MatButtonModule, MatCheckboxModule, MatRadioModule],
  templateUrl: './interview-form.html',
  styleUrl: './interview-form.scss',
})
export class InterviewForm {
  protected readonly store = inject(VisitWorkspaceStore);
  protected readonly drafts = signal<Drafts>({});
  protected readonly saved = signal(false);

  protected readonly questions = computed(() => this.store.workspace()?.questions ?? []);
  protected readonly known = computed(() => this.store.workspace()?.knownAnswers ?? []);
  protected readonly unsaved = computed(() => Object.keys(this.drafts()).length);
  protected readonly lifeEventNames = computed(
    () => new Map((this.store.workspace()?.lifeEvents ?? []).map((event) => [event.id, event.name])),
  );

  protected value(question: InterviewQuestionDto): unknown {
    const drafts = this.drafts();
    return Object.hasOwn(drafts, question.id) ? drafts[question.id] : question.answer;
  }

  protected isDraft(question: InterviewQuestionDto): boolean {
    return Object.hasOwn(this.drafts(), question.id);
  }

  protected set(question: InterviewQuestionDto, value: unknown): void {
    this.saved.set(false);
    this.drafts.update((drafts) => {
      const next: Record<string, unknown> = { ...drafts };
      if (JSON.stringify(value) === JSON.stringify(question.answer ?? null)) delete next[question.id];
      else next[question.id] = value;
      return next;
    });
  }

  protected setNumber(question: InterviewQuestionDto, text: string): void {
    this.set(question, text.trim() === '' ? null : Number(text));
  }

  protected setText(question: InterviewQuestionDto, text: string): void {
    this.set(question, text.trim() === '' ? null : text.trim());
  }

  protected toggleChoice(question: InterviewQuestionDto, choice: string, checked: boolean): void {
    const current = this.value(question);
    const list = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : [];
    const next = checked ? [...new Set([...list, choice])] : list.filter((item) => item !== choice);
    this.set(question, next);
  }

  protected isChosen(question: InterviewQuestionDto, choice: string): boolean {
    const current = this.value(question);
    return Array.isArray(current) && current.includes(choice);
  }

  protected text(question: InterviewQuestionDto): string {
    const value = this.value(question);
    return value === null || value === undefined ? '' : String(value);
  }

  protected async save(): Promise<void> {
    const answers = this.drafts();
    if (Object.keys(answers).length === 0) return;
    const outcome = await this.store.run({ method: 'PUT', path: '/answers', body: { answers } });
    if (outcome.ok) {
      this.drafts.set({});
      this.saved.set(true);
    }
  }
}
