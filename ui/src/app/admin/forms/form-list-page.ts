import { Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { auditTime, catchError, EMPTY, firstValueFrom, startWith, switchMap } from 'rxjs';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { problemMessage } from '../../core/http/problem-message';
import { LiveUpdates } from '../../core/live/live-updates';
import { type FormTemplateSummary, statusLabels } from './form-template.models';
import { exportUrl, FormTemplatesApi } from './form-templates-api';
import { NewTemplateDialog, type NewTemplateDialogData } from './new-template-dialog';
import { blankTemplate, type NewTemplate } from './paper';
import { TemplateImport } from './template-import';

/**
 * 様式の管理 (/admin/forms): every form template with its state (公開中 第n版 / 下書きあり / 廃止) and the
 * procedures that use it; search; a new template from a blank page; import and export JSON files.
 */
@Component({
  selector: 'mdg-form-list-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, JapaneseDatePipe, TemplateImport],
  templateUrl: './form-list-page.html',
  styleUrl: './form-list-page.scss',
})
export class FormListPage {
  private readonly api = inject(FormTemplatesApi);
  private readonly catalogue = inject(CatalogueStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly templates = signal<readonly FormTemplateSummary[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly query = signal('');
  protected readonly showImport = signal(false);
  protected readonly statusLabels = statusLabels;
  protected readonly exportUrl = exportUrl;

  protected readonly filtered = computed(() => {
    const words = this.query().trim().toLowerCase().split(/\s+/).filter((word) => word !== '');
    return (this.templates() ?? []).filter((template) => {
      const text = `${template.name} ${template.category} ${template.id}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
  });

  constructor() {
    inject(LiveUpdates)
      .watchModels('form-template')
      .pipe(
        auditTime(150),
        startWith(undefined),
        switchMap(() =>
          this.api.list().pipe(
            catchError((error: unknown) => {
              this.error.set(problemMessage(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((templates) => {
        this.error.set(null);
        this.templates.set(templates);
      });
  }

  protected procedures(template: FormTemplateSummary): string {
    return template.procedureIds.map((id) => this.catalogue.procedureName(id)).join('、');
  }

  protected async create(): Promise<void> {
    const all = this.templates() ?? [];
    const data: NewTemplateDialogData = { takenIds: all.map((t) => t.id), categories: [...new Set(all.map((t) => t.category))] };
    const ref = this.dialog.open<NewTemplateDialog, NewTemplateDialogData, NewTemplate>(NewTemplateDialog, { data, width: '640px', maxWidth: '96vw' });
    const template = await firstValueFrom(ref.afterClosed());
    if (!template) return;
    try {
      await firstValueFrom(this.api.saveDraft(blankTemplate(template), null));
      await this.router.navigate(['/admin/forms', template.id]);
    } catch (error: unknown) {
      this.snackBar.open(problemMessage(error), '閉じる', { duration: 8000 });
    }
  }

  protected imported(id: string): void {
    this.snackBar.open(`様式「${id}」を取り込みました。`, undefined, { duration: 4000 });
    this.showImport.set(false);
  }
}
