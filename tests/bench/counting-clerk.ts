/**
 * A clerk's hands on the page, counted: every mouse click on an element and every key press, per phase.
 * Only real input goes through here (Playwright's mouse and keyboard, never `fill` or a script setting a
 * value), so what the counter-effort walk counts is what a person at the counter would do.
 */
import type { Locator, Page } from 'playwright-core';

export type EffortPhase = 'reception' | 'persons' | 'lifeEvent' | 'interview' | 'forms';

export interface PhaseEffort {
  clicks: number;
  keys: number;
}

export type Effort = Record<EffortPhase, PhaseEffort>;

export const EFFORT_PHASES: readonly EffortPhase[] = ['reception', 'persons', 'lifeEvent', 'interview', 'forms'];

export class CountingClerk {
  private phase: EffortPhase = 'reception';
  readonly effort: Effort = Object.fromEntries(EFFORT_PHASES.map((phase) => [phase, { clicks: 0, keys: 0 }])) as Effort;

  constructor(readonly page: Page) {}

  /** What follows is counted under this phase. */
  in(phase: EffortPhase): this {
    this.phase = phase;
    return this;
  }

  /** One mouse click on the element (Playwright moves the mouse there and clicks, as a hand would). */
  async click(target: Locator): Promise<void> {
    await centre(target);
    await target.click();
    this.effort[this.phase].clicks += 1;
  }

  /**
   * Types text into whatever has the focus, one key press per character: Japanese is counted as typed
   * straight into the field (one key per kana or kanji, the IME's conversion keys not counted).
   */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.effort[this.phase].keys += [...text].length;
  }

  /** One key press: Tab, Enter, End, Escape … */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.effort[this.phase].keys += 1;
  }

  /**
   * Clicks where a text field is and types into it. An empty Material field shows its label over the
   * input, so the click lands on the label (the field then takes the focus, as for a person): the click
   * goes to the field's middle whatever covers it, and the walk stops if the focus did not arrive.
   */
  async clickAndType(field: Locator, text: string): Promise<void> {
    await centre(field);
    await field.click({ force: true });
    this.effort[this.phase].clicks += 1;
    if (!(await field.evaluate((element) => element === element.ownerDocument.activeElement))) throw new Error(`クリックしても入力欄にフォーカスが移りません: ${String(field)}`);
    await this.type(text);
  }
}

/**
 * Scrolls the element to the middle of the screen first (scrolling is not counted), as the clerk's eyes
 * would: at the bottom edge a notice (snack bar) may cover it.
 */
async function centre(target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
}

export function totalEffort(effort: Effort): PhaseEffort {
  return EFFORT_PHASES.reduce((sum, phase) => ({ clicks: sum.clicks + effort[phase].clicks, keys: sum.keys + effort[phase].keys }), { clicks: 0, keys: 0 });
}
