import { Component, computed, input } from '@angular/core';
import type { LiveStatus } from '../core/live/live-updates';

/** ライブ更新: 接続中 / 再接続中 — whether screens are updating by themselves right now. */
@Component({
  selector: 'mdg-live-status-indicator',
  template: `
    <span class="live" [class]="status()" role="status" aria-live="polite" data-testid="live-status">
      <span class="dot" aria-hidden="true"></span>
      ライブ更新: {{ label() }}
    </span>
  `,
  styles: `
    .live {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      padding: 4px 12px;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 500;
      white-space: nowrap;
      background: rgb(255 255 255 / 14%);
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: #ffd54f;
      box-shadow: 0 0 0 2px rgb(0 0 0 / 25%);
    }
    .connected .dot {
      background: #69f0ae;
    }
  `,
})
export class LiveStatusIndicator {
  readonly status = input.required<LiveStatus>();

  protected readonly label = computed(() => {
    switch (this.status()) {
      case 'connected':
        return '接続中';
      case 'connecting':
        return '接続しています';
      case 'reconnecting':
        return '再接続中';
    }
  });
}
