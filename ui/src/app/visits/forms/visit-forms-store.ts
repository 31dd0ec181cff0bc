import { computed, inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { VisitFormsDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import type { VisitFormsChanged } from '@madoguchi/application/form/contracts/visit-forms-changed.contract';
import { firstValueFrom, type Observable } from 'rxjs';
import { problemFromBlobError } from '../../core/http/blob-problem';
import { isConflict, problemMessage, problemOf } from '../../core/http/problem-message';
import { pendingWork } from '../../core/tasks/pending-work';
import { liveVisitRead } from '../live-visit-read';
import { type FormValue, VisitFormsApi } from './visit-forms-api';

/** The outcome of entering values: on 422 the server's Japanese message for each item, by field id. */
export type EnterOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string; readonly problems: Readonly<Record<string, string>> };

export type PdfOutcome = { readonly ok: true; readonly blob: Blob } | { readonly ok: false; readonly message: string; readonly missing: readonly string[] };

/**
 * 申請書 of the visit the workspace shows: the latest read, live refreshes (`visit-forms`), and the commands
 * (entering values with If-Match on the forms' revision, void, sign, printed), each followed by a read that
 * includes it. Provided by the workspace page beside VisitWorkspaceStore.
 */
@Injectable()
export class VisitFormsStore {
  private readonly api = inject(VisitFormsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly read = liveVisitRead<VisitFormsDto>('visit-forms', (id, after) => this.api.forms(id, after));
  private readonly work = pendingWork();

  readonly forms = this.read.value;
  readonly loadError = this.read.loadError;
  readonly busy = this.work.busy;
  readonly liveForms = computed(() => (this.forms()?.forms ?? []).filter((form) => !form.voided));

  connect(visitIds: Observable<string>): void {
    this.read.connect(visitIds);
  }

  reload(after: string | null = null): void {
    this.read.reload(after);
  }

  /** 申請書を作成: creates what the checklist needs (existing forms are kept), from facts that include `after`. */
  create(after: string | null = null): Promise<boolean> {
    return this.command((id) => this.api.create(id, after), '申請書を作成しました。');
  }

  /** Enters values once for the visit (formId null) or on one form; every problem comes back by field. */
  async enter(formId: string | null, values: Readonly<Record<string, FormValue>>, success: string): Promise<EnterOutcome> {
    const id = this.read.visitId();
    if (id === null) return { ok: false, message: '申請書を読み込んでいます。', problems: {} };
    return this.work.run(async () => {
      try {
        const changed = await firstValueFrom(this.api.enter(id, formId, values, this.forms()?.revision ?? null));
        this.done(changed, success);
        return { ok: true };
      } catch (error: unknown) {
        const problems = Object.fromEntries((problemOf(error)?.errors ?? []).map((problem) => [problem.field, problem.message]));
        this.failed(error, Object.keys(problems).length === 0);
        return { ok: false, message: problemMessage(error), problems };
      }
    });
  }

  voidForm(formId: string, reason: string): Promise<boolean> {
    return this.command((id) => this.api.voidForm(id, formId, reason, this.forms()?.revision ?? null), '申請書を無効にしました。');
  }

  /** The resident's signature drawn at the touch panel (PNG data URL). */
  sign(formId: string, fieldId: string, png: string): Promise<boolean> {
    return this.command((id) => this.api.sign(id, formId, fieldId, png), 'ご署名を受け付けました。');
  }

  /** signedOnPaper: recorded with the print, the empty required signature boxes are signed by hand on the paper. */
  recordPrinted(formIds: readonly string[], signedOnPaper: { note: string } | null = null): Promise<boolean> {
    return this.command(
      (id) => this.api.recordPrinted(id, formIds, signedOnPaper),
      signedOnPaper ? '紙で署名済みとして印刷を記録しました。' : '印刷したことを記録しました。',
    );
  }

  /** The PDF of every live form (null) or one form; when required items are missing, their list. */
  async pdf(formId: string | null): Promise<PdfOutcome> {
    const id = this.read.visitId();
    if (id === null) return { ok: false, message: '申請書を読み込んでいます。', missing: [] };
    return this.work.run(async () => {
      try {
        return { ok: true, blob: await firstValueFrom(this.api.pdf(id, formId)) };
      } catch (error: unknown) {
        const problem = await problemFromBlobError(error);
        return {
          ok: false,
          message: problem?.detail ?? problemMessage(error),
          missing: (problem?.errors ?? []).map((item) => item.message),
        };
      }
    });
  }

  private command(send: (visitId: string) => Observable<VisitFormsChanged>, success: string): Promise<boolean> {
    const id = this.read.visitId();
    if (id === null) return Promise.resolve(false);
    return this.work.run(async () => {
      try {
        this.done(await firstValueFrom(send(id)), success);
        return true;
      } catch (error: unknown) {
        this.failed(error, true);
        return false;
      }
    });
  }

  private done(changed: VisitFormsChanged, success: string): void {
    this.reload(changed.position);
    this.snackBar.open(success, undefined, { duration: 3000, politeness: 'polite' });
  }

  /** A conflict reloads (someone else changed the forms); other errors are said unless the caller shows them itself. */
  private failed(error: unknown, say: boolean): void {
    if (isConflict(error)) {
      this.reload();
      this.snackBar.open(`${problemMessage(error)} 最新の内容を表示しました。確かめてから、もう一度操作してください。`, '閉じる', { duration: 10000, politeness: 'assertive' });
    } else if (say) {
      this.snackBar.open(problemMessage(error), '閉じる', { duration: 8000, politeness: 'assertive' });
    }
  }
}
