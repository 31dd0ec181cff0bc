import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import type { LifeEventDefinition, ProcedureDefinition, ProposalRule } from '@madoguchi/application/procedure/contracts/catalogue.contract';
import type { ComponentType } from '@angular/cdk/portal';
import { firstValueFrom } from 'rxjs';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { CityDirectory } from '../../core/city/city-directory';
import { problemMessage } from '../../core/http/problem-message';
import { LifeEventEditorDialog } from './life-event-editor-dialog';
import { ProcedureEditorDialog } from './procedure-editor-dialog';
import { RuleEditorDialog } from './rule-editor-dialog';

/**
 * 手続きカタログ (admins): procedures, life events with their questions, and the rules that propose
 * procedures. A saved change applies to the next proposal, without a restart.
 */
@Component({
  selector: 'mdg-catalogue-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTabsModule],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
})
export class CataloguePage {
  private readonly store = inject(CatalogueStore);
  private readonly directory = inject(CityDirectory);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly catalogue = this.store.catalogue;
  protected readonly error = computed(() => (this.store.error() ? problemMessage(this.store.error()) : null));
  private readonly lifeEventNames = computed(() => new Map((this.catalogue()?.lifeEvents ?? []).map((event) => [event.id, event.name])));

  protected departmentName(id: string): string {
    return this.directory.departmentName(id) || id;
  }

  protected procedureName(id: string): string {
    return this.store.procedureName(id);
  }

  protected lifeEventList(ids: readonly string[]): string {
    return ids.map((id) => this.lifeEventNames().get(id) ?? id).join('・');
  }

  protected editProcedure(procedure: ProcedureDefinition | null): void {
    void this.edit(ProcedureEditorDialog, procedure, '手続きを保存しました。');
  }

  protected editLifeEvent(lifeEvent: LifeEventDefinition | null): void {
    void this.edit(LifeEventEditorDialog, lifeEvent, 'ライフイベントを保存しました。');
  }

  protected editRule(rule: ProposalRule | null): void {
    void this.edit(RuleEditorDialog, rule, '提案ルールを保存しました。次の提案から使われます。');
  }

  private async edit<T, D>(component: ComponentType<T>, data: D | null, saved: string): Promise<void> {
    const ref = this.dialog.open<T, D | null, boolean>(component, { data, width: '860px', maxWidth: '96vw', maxHeight: '92vh' });
    if (await firstValueFrom(ref.afterClosed())) this.snackBar.open(saved, undefined, { duration: 4000 });
  }
}
