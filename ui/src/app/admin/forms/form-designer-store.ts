import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormTemplateContent, LayoutElement } from '@madoguchi/application/form/contracts/form-template.contract';
import { catchError, EMPTY, firstValueFrom, map, merge, type Observable, of, switchMap } from 'rxjs';
import { isConflict, problemMessage, problemOf } from '../../core/http/problem-message';
import { LiveUpdates } from '../../core/live/live-updates';
import { pendingWork } from '../../core/tasks/pending-work';
import type { FormTemplateDocumentDto, TemplateChanged, TemplateProblem } from './form-template.models';
import { FormTemplatesApi } from './form-templates-api';
import { pageSize } from './paper';
import type { ProblemTarget } from './problem-target';

export type DesignerTab = 'fields' | 'element' | 'template';

export interface SaveFailure {
  readonly message: string;
  readonly problems: readonly TemplateProblem[];
}

const contentOf = (doc: FormTemplateDocumentDto): FormTemplateContent | null => doc.draft ?? doc.published?.content ?? null;

/**
 * The template in the designer: what the admin edits (every change a new object), what was last saved, the
 * page and element selected, and the commands (save with If-Match, publish, retire). Another admin's change
 * comes in live; it replaces the screen only when nothing is unsaved.
 */
@Injectable()
export class FormDesignerStore {
  private readonly api = inject(FormTemplatesApi);
  private readonly live = inject(LiveUpdates);
  private readonly destroyRef = inject(DestroyRef);
  private readonly savedJson = signal('');
  private readonly work = pendingWork();

  readonly doc = signal<FormTemplateDocumentDto | null>(null);
  readonly content = signal<FormTemplateContent | null>(null);
  readonly loadError = signal<string | null>(null);
  readonly saveFailure = signal<SaveFailure | null>(null);
  /** Another admin saved since this screen loaded (and this one has unsaved changes). */
  readonly stale = signal(false);
  readonly page = signal(0);
  readonly selected = signal<number | null>(null);
  readonly openField = signal<number | null>(null);
  readonly tab = signal<DesignerTab>('fields');

  readonly busy = this.work.busy;
  readonly dirty = computed(() => {
    const content = this.content();
    return content !== null && JSON.stringify(content) !== this.savedJson();
  });
  readonly size = computed(() => pageSize(this.content()?.paper ?? { size: 'A4', orientation: 'portrait' }));
  readonly elements = computed<readonly LayoutElement[]>(() => this.content()?.pages[this.page()]?.elements ?? []);
  readonly selectedElement = computed(() => {
    const index = this.selected();
    return index === null ? null : (this.elements()[index] ?? null);
  });

  /** Reads the template of each id the page shows, again on every live change of it. */
  load(ids: Observable<string>): void {
    ids
      .pipe(
        switchMap((id) => merge(of(id), this.live.watch('form-template', id).pipe(map(() => id)))),
        switchMap((id) =>
          this.api.get(id).pipe(
            catchError((error: unknown) => {
              this.loadError.set(problemMessage(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((doc) => this.received(doc));
  }

  /** Applies an edit to the template (the preview follows by itself). */
  edit(change: (content: FormTemplateContent) => FormTemplateContent): void {
    const content = this.content();
    if (content) this.content.set(change(content));
  }

  select(index: number | null): void {
    this.selected.set(index);
    if (index !== null) this.tab.set('element');
  }

  showPage(page: number): void {
    this.page.set(page);
    this.selected.set(null);
  }

  /** Shows what a problem is about: the element on its page, the field, or the template's own settings. */
  reveal(target: ProblemTarget): void {
    switch (target.kind) {
      case 'element':
        this.showPage(target.page);
        this.select(target.index);
        return;
      case 'page':
        this.showPage(target.page);
        return;
      case 'field':
        this.openField.set(target.index);
        this.tab.set('fields');
        return;
      case 'template':
        this.tab.set('template');
    }
  }

  /** 下書き保存 with the revision on screen; true when saved. */
  async save(): Promise<boolean> {
    const content = this.content();
    const doc = this.doc();
    if (!content || !doc) return false;
    const json = JSON.stringify(content);
    return (await this.command(() => this.api.saveDraft(content, doc.revision), () => this.savedJson.set(json))) !== null;
  }

  async publish(): Promise<boolean> {
    const doc = this.doc();
    if (!doc || (this.dirty() && !(await this.save()))) return false;
    const current = this.doc() ?? doc;
    return (await this.command(() => this.api.publish(current.id, current.revision))) !== null;
  }

  async retire(reason: string): Promise<boolean> {
    const doc = this.doc();
    return doc !== null && (await this.command(() => this.api.retire(doc.id, reason, doc.revision))) !== null;
  }

  /** Forgets the unsaved changes and shows what the server has. */
  async discard(): Promise<void> {
    const doc = this.doc();
    if (doc) this.apply(await firstValueFrom(this.api.get(doc.id)), true);
  }

  /** `accepted` runs as soon as the server said yes, before the fresh read comes back. */
  private command(send: () => ReturnType<FormTemplatesApi['publish']>, accepted?: () => void): Promise<TemplateChanged | null> {
    return this.work.run(async () => {
      try {
        const changed = await firstValueFrom(send());
        accepted?.();
        this.saveFailure.set(null);
        this.stale.set(false);
        this.received(await firstValueFrom(this.api.get(changed.id, changed.position)));
        return changed;
      } catch (error: unknown) {
        this.saveFailure.set({ message: problemMessage(error), problems: problemOf(error)?.errors ?? [] });
        if (isConflict(error)) this.stale.set(true);
        return null;
      }
    });
  }

  private received(doc: FormTemplateDocumentDto): void {
    this.loadError.set(null);
    const shown = this.doc();
    if (shown && doc.revision < shown.revision) return;
    if (shown && doc.revision > shown.revision && this.dirty()) {
      this.doc.set({ ...shown, published: doc.published, versions: doc.versions, retired: doc.retired });
      this.stale.set(true);
      return;
    }
    this.apply(doc);
  }

  private apply(doc: FormTemplateDocumentDto, force = false): void {
    const content = contentOf(doc);
    this.doc.set(doc);
    this.stale.set(false);
    if (content && (force || !this.dirty())) {
      this.content.set(content);
      this.savedJson.set(JSON.stringify(content));
      if (this.page() >= content.pages.length) this.showPage(0);
    }
  }
}
