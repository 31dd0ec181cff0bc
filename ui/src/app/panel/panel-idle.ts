import { Component, computed, inject } from '@angular/core';
import { CityDirectory } from '../core/city/city-directory';

/**
 * The touch panel between residents (/panel, and a visit with nothing to sign): the city's name and
 * 「次の方をお待ちしています」, never anyone's data. The clerk's 「署名をお願いする」 brings the next resident's forms.
 */
@Component({
  selector: 'mdg-panel-idle',
  template: `
    <main class="idle" data-testid="panel-idle" role="status" aria-labelledby="panel-idle-title">
      <p class="city" data-testid="panel-idle-city">{{ cityName() }}</p>
      <h1 id="panel-idle-title">次の方をお待ちしています</h1>
      <p class="lead">窓口の職員がご案内します。</p>
    </main>
  `,
  styles: `
    :host { display: block; min-height: 100vh; background: #f4f7fc; color: #111; }
    .idle { display: flex; flex-direction: column; align-items: center; justify-content: center; min-height: 100vh; padding: 40px; text-align: center; box-sizing: border-box; }
    .city { margin: 0 0 24px; font-size: 2.5rem; font-weight: 700; color: #0b4aa2; letter-spacing: 0.1em; }
    h1 { margin: 0 0 24px; font-size: 4rem; line-height: 1.3; }
    .lead { margin: 0; max-width: 32em; font-size: 1.75rem; line-height: 1.6; color: #333; }
  `,
})
export class PanelIdle {
  private readonly directory = inject(CityDirectory);
  protected readonly cityName = computed(() => this.directory.city()?.name ?? '');
}
