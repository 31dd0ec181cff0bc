import { Component, computed, inject } from '@angular/core';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { VisitWorkspaceStore } from './visit-workspace-store';

/** ライフイベント: one big toggle per life event of the catalogue; each change re-proposes the procedures. */
@Component({
  selector: 'mdg-life-event-picker',
  template: `
    <div class="events" role="group" aria-label="ライフイベント（複数選べます）">
      @for (event of lifeEvents(); track event.id) {
        <button
          type="button"
          class="event"
          [class.selected]="selected().has(event.id)"
          [attr.aria-pressed]="selected().has(event.id)"
          [disabled]="!store.canEdit() || store.busy()"
          (click)="toggle(event.id)"
          [attr.data-testid]="'life-event-' + event.id"
        >
          <span class="check" aria-hidden="true">{{ selected().has(event.id) ? '✓' : '' }}</span>
          <span class="name">{{ event.name }}</span>
          <span class="description">{{ event.description }}</span>
        </button>
      } @empty {
        <p class="empty">手続きカタログを読み込んでいます…</p>
      }
    </div>
  `,
  styleUrl: './life-event-picker.scss',
})
export class LifeEventPicker {
  protected readonly store = inject(VisitWorkspaceStore);
  private readonly catalogue = inject(CatalogueStore);

  protected readonly lifeEvents = this.catalogue.activeLifeEvents;
  protected readonly selected = computed(() => new Set((this.store.workspace()?.lifeEvents ?? []).map((event) => event.id)));

  protected toggle(id: string): void {
    const next = new Set(this.selected());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    const names = this.lifeEvents()
      .filter((event) => next.has(event.id))
      .map((event) => event.name);
    void this.store.run(
      { method: 'PUT', path: '/life-events', body: { lifeEventIds: [...next] } },
      { success: names.length > 0 ? `ライフイベント：${names.join('・')}` : 'ライフイベントの選択を外しました。' },
    );
  }
}
