/**
 * Every screen of the app, in the states a clerk, a supervisor, an admin and a resident see, checked with
 * axe-core against WCAG 2.1 A and AA (wcag2a, wcag2aa, wcag21a, wcag21aa): zero violations, each one printed
 * with its rule, target and help when there are any. Also where the keyboard focus goes after 受付を開始
 * and after a person is registered, and that a filled button shows a focus ring.
 * Screens come from ui/src/app/app.routes.ts and the feature routes (queue, visits, boards, admin).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { projectRoot } from '../../src/app-config';
import type { RunningServer } from '../../src/server';
import { axeViolations, describeViolations } from '../support/axe';
import { type BrowserSession, openBrowser } from '../support/browser';
import { startTestServer } from '../support/test-server';
import { addManualPerson, answer, bornYearsAgo, item, logIn } from './counter-flow.steps';
import { walkPanel } from './forms.steps';

jest.setTimeout(240_000);

/** The few DOM types these page functions use (the test project compiles without the DOM library). */
interface PageDocument {
  readonly fonts: { readonly ready: Promise<unknown> };
  readonly activeElement: { getAttribute(name: string): string | null } | null;
  getAnimations(): Array<{ readonly effect: { getTiming(): { iterations?: number } } | null; readonly finished: Promise<unknown> }>;
  createElement(tag: string): { textContent: string; setAttribute(name: string, value: string): void };
  querySelector(selector: string): { append(node: unknown): void } | null;
}
type InPage = { document: PageDocument; getComputedStyle(element: unknown): { outlineWidth: string; outlineStyle: string; fontSize: string } };

/** Waits until finite animations (dialogs opening, ripples) have ended and the web fonts are in. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { document } = globalThis as unknown as InPage;
    await document.fonts.ready;
    const finite = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settled(page);
  expect(describeViolations(screen, await axeViolations(page))).toEqual([]);
}

/** The smallest font size (px) among the elements a locator matches, with how many there are. */
async function smallestFontSize(locator: Locator): Promise<{ count: number; px: number }> {
  const sizes = await locator.evaluateAll((nodes) => nodes.map((node) => parseFloat((globalThis as unknown as InPage).getComputedStyle(node).fontSize)));
  return { count: sizes.length, px: Math.min(...sizes) };
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.getAttribute('data-testid') ?? null);
}

async function waitForFocus(page: Page, testId: string): Promise<string | null> {
  await page
    .waitForFunction((id) => (globalThis as unknown as InPage).document.activeElement?.getAttribute('data-testid') === id, testId, { timeout: 5_000 })
    .catch(() => undefined);
  return focusedTestId(page);
}

describe('accessibility of every screen (axe-core, WCAG 2.1 AA)', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let clerk: Page;
  let visitId = '';

  beforeAll(async () => {
    const ui = join(projectRoot(), 'dist', 'ui', 'browser', 'index.html');
    if (!existsSync(ui)) throw new Error('UI build missing: run `npm run build` (npm test does it in pretest).');
    server = await startTestServer();
    browser = await openBrowser({ bypassCSP: true }); // axe-core is injected as an inline script
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function as(username: string): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await logIn(page, server.url, username);
    return page;
  }

  /** A dialog opened by `open`, checked, then closed with Escape. */
  async function expectDialogAccessible(page: Page, screen: string, open: () => Promise<void>): Promise<void> {
    await open();
    await page.locator('mat-dialog-container').waitFor();
    try {
      await expectAccessible(page, screen);
    } finally {
      await page.keyboard.press('Escape');
      await page.locator('mat-dialog-container').waitFor({ state: 'detached' });
    }
  }

  it('reports a violation when there is one (a grey text on grey is refused)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-username').waitFor();
    await page.evaluate(() => {
      const { document } = globalThis as unknown as InPage;
      const probe = document.createElement('p');
      probe.textContent = '読みにくい文字';
      probe.setAttribute('style', 'color:#999;background:#aaa');
      document.querySelector('main, body')?.append(probe);
    });
    const found = await axeViolations(page);
    expect(found.map((violation) => violation.id)).toContain('color-contrast');
    await page.close();
  });

  it('login', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-username').waitFor();
    await expectAccessible(page, 'login');
    await page.close();
  });

  it('queue (empty)', async () => {
    clerk = await as('shimin-toroku-01');
    await clerk.getByTestId('queue-empty').waitFor();
    await expectAccessible(clerk, 'queue (empty)');
  });

  it('受付を開始 opens the workspace with the focus in the first field of step 1', async () => {
    await clerk.getByTestId('open-visit').click();
    await clerk.getByTestId('workspace').waitFor();
    visitId = (await clerk.getByTestId('workspace').getAttribute('data-visit-id')) ?? '';
    expect(await waitForFocus(clerk, 'resident-search-name')).toBe('resident-search-name');
    await expectAccessible(clerk, 'workspace: 1 来庁者 (search)');
  });

  it('a filled button shows a focus ring when reached with the keyboard', async () => {
    await clerk.getByTestId('resident-search-address').focus();
    await clerk.keyboard.press('Tab');
    expect(await focusedTestId(clerk)).toBe('resident-search-submit');
    const outline = await clerk.getByTestId('resident-search-submit').evaluate((button) => {
      const style = (globalThis as unknown as InPage).getComputedStyle(button);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('register search results, and after a household is added the focus is back in the search', async () => {
    await clerk.getByTestId('resident-search-name').fill('菊池');
    await clerk.getByTestId('resident-search-submit').click();
    await clerk.getByTestId('resident-result').first().waitFor();
    await expectAccessible(clerk, 'workspace: register search results');
    await clerk.getByTestId('add-applicant-with-household').first().click();
    await clerk.getByTestId('person-row').first().waitFor();
    expect(await waitForFocus(clerk, 'resident-search-name')).toBe('resident-search-name');
    await expectAccessible(clerk, 'workspace: persons');
  });

  it('the manual person form, and after a person is registered the focus is back in its first field', async () => {
    await clerk.getByTestId('add-manual-person').click();
    await clerk.getByTestId('manual-name').waitFor();
    await expectAccessible(clerk, 'workspace: manual person form');
    await addManualPerson(clerk, { name: '菊池 一郎', kana: 'きくち いちろう', birthDate: bornYearsAgo(30), sex: 'male', relationship: '同居人' });
    expect(await waitForFocus(clerk, 'manual-name')).toBe('manual-name');
  });

  it('life events, the interview and the proposed checklist', async () => {
    await clerk.getByTestId('life-event-tenkyo').click();
    await clerk.locator('[data-testid="answers-save"]').waitFor();
    for (const id of ['has_school_children', 'wants_childcare', 'has_dog', 'receives_jiritsu_shien_iryo']) await answer(clerk, id, false);
    await expectAccessible(clerk, 'workspace: interview with drafts');
    await clerk.getByTestId('answers-save').click();
    await clerk.getByTestId('answers-saved').waitFor();
    await item(clerk, 'tenkyo-todoke').waitFor();
    await expectAccessible(clerk, 'workspace: checklist with proposals');
    for (const testId of ['checklist-reason', 'checklist-deadline', 'checklist-bring']) {
      const { count, px } = await smallestFontSize(clerk.getByTestId(testId));
      expect({ testId, some: count > 0, atLeast16px: px >= 16 }).toEqual({ testId, some: true, atLeast16px: true });
    }
  });

  it('the workspace dialogs: add a procedure, 不要 with a reason, hand-off, close, cancel', async () => {
    await expectDialogAccessible(clerk, 'dialog: 手続きを追加', () => clerk.getByTestId('add-procedure').click());
    const open = clerk.locator('[data-testid="checklist-item"][data-status="not_started"] [data-testid="status-select"] button').last();
    await expectDialogAccessible(clerk, 'dialog: 不要の理由', () => open.click());
    await expectDialogAccessible(clerk, 'dialog: 次の窓口へ案内', () => clerk.getByTestId('handoff-open').click());
    await expectDialogAccessible(clerk, 'dialog: 受付を完了', () => clerk.getByTestId('close-visit').click());
    await expectDialogAccessible(clerk, 'dialog: 受付を取り消す', () => clerk.getByTestId('cancel-visit').click());
  });

  it('the forms section: cards, items unfolded, missing items, the print refusal', async () => {
    await clerk.getByTestId('forms-create').click();
    await clerk.getByTestId('form-card').first().waitFor();
    await clerk.getByTestId('missing-items').waitFor();
    await expectAccessible(clerk, 'workspace: 申請書');
    await clerk.getByTestId('form-card').first().getByTestId('form-toggle').click();
    await clerk.getByTestId('form-fields').first().waitFor();
    await clerk.getByTestId('missing-optional-toggle').click();
    await expectAccessible(clerk, 'workspace: 申請書 (items unfolded, optional items)');
    await clerk.getByTestId('forms-print-all').click();
    await clerk.getByTestId('forms-print-missing').waitFor();
    await expectAccessible(clerk, 'workspace: 申請書 (print refused: missing items)');
  });

  it('the touch panel: confirm, sign, an optional box, thanks, waiting for the next resident', async () => {
    const ask = clerk.locator('[data-testid="form-ask-signature"]:not([disabled])').first();
    const [panel] = await Promise.all([browser.context.waitForEvent('page'), ask.click()]);
    await panel.emulateMedia({ reducedMotion: 'reduce' });
    await panel.getByTestId('panel-items').waitFor();
    const seen = new Set<string>();
    // The resident goes through every form that waits; each kind of screen is checked the first time it shows.
    await walkPanel(panel, async (step) => {
      if (seen.has(step)) return;
      seen.add(step);
      if (step === 'confirm') await expectAccessible(panel, 'panel: ご確認ください');
      if (step === 'sign') await expectAccessible(panel, 'panel: ご署名');
      if (step === 'sign-optional') await expectAccessible(panel, 'panel: ご署名（任意の欄）');
    });
    await expectAccessible(panel, 'panel: ありがとうございました');
    await panel.getByTestId('panel-finish').click();
    await panel.getByTestId('panel-idle').waitFor();
    await expectAccessible(panel, 'panel: 次の方をお待ちしています');
    await panel.close();
  });

  it('the queue with the visit in it', async () => {
    await clerk.goto(`${server.url}/queue`);
    await clerk.locator(`[data-testid="queue-row"][data-visit-id="${visitId}"]`).waitFor();
    await expectAccessible(clerk, 'queue (a visit)');
  });

  it('the resident guide', async () => {
    await clerk.goto(`${server.url}/visits/${visitId}/guide`);
    await clerk.getByTestId('guide-remaining-row').first().waitFor();
    await expectAccessible(clerk, 'guide');
    const { count, px } = await smallestFontSize(clerk.locator('[data-testid="guide-remaining-row"] td, [data-testid="guide-remaining-row"] td *'));
    expect({ some: count > 0, atLeast16px: px >= 16 }).toEqual({ some: true, atLeast16px: true });
  });

  it('the timeline', async () => {
    await clerk.goto(`${server.url}/visits/${visitId}/timeline`);
    await clerk.getByTestId('timeline-entry').first().waitFor();
    await expectAccessible(clerk, 'timeline');
  });

  it('a narrow screen with the menu opened', async () => {
    await clerk.setViewportSize({ width: 700, height: 900 });
    try {
      await clerk.goto(`${server.url}/queue`);
      await clerk.getByRole('button', { name: 'メニューを開く・閉じる' }).click();
      await clerk.getByTestId('nav-queue').waitFor();
      await expectAccessible(clerk, 'queue (narrow, menu open)');
    } finally {
      await clerk.setViewportSize({ width: 1366, height: 900 });
    }
  });

  it('the department board', async () => {
    await clerk.goto(`${server.url}/departments`);
    await clerk.getByTestId('board-row').first().waitFor();
    await expectAccessible(clerk, 'department board');
    await clerk.close();
  });

  it('the supervisor board', async () => {
    const supervisor = await as('shimin-toroku-kantoku');
    await supervisor.goto(`${server.url}/supervisor`);
    await supervisor.getByTestId('supervisor-department').first().waitFor();
    await expectAccessible(supervisor, 'supervisor board');
    await supervisor.close();
  });

  describe('as an admin', () => {
    let admin: Page;

    beforeAll(async () => {
      admin = await as('admin');
    });

    afterAll(async () => {
      await admin?.close();
    });

    it('the staff list', async () => {
      await admin.goto(`${server.url}/admin/staff`);
      await admin.getByTestId('staff-row').first().waitFor();
      await expectAccessible(admin, 'admin: 職員一覧');
    });

    it('the catalogue, each tab and each editor', async () => {
      await admin.goto(`${server.url}/admin/catalogue`);
      await admin.getByTestId('catalogue-procedure-row').first().waitFor();
      await expectAccessible(admin, 'admin: カタログ 手続き');
      await expectDialogAccessible(admin, 'dialog: 手続きの編集', () => admin.getByTestId('catalogue-procedure-edit').first().click());
      await admin.getByRole('tab', { name: /ライフイベント/ }).click();
      await admin.getByTestId('catalogue-life-event-row').first().waitFor();
      await expectAccessible(admin, 'admin: カタログ ライフイベント');
      await expectDialogAccessible(admin, 'dialog: ライフイベントの編集', () => admin.getByTestId('catalogue-life-event-edit').first().click());
      await admin.getByRole('tab', { name: /提案ルール/ }).click();
      await admin.getByTestId('catalogue-rule-row').first().waitFor();
      await expectAccessible(admin, 'admin: カタログ 提案ルール');
      await expectDialogAccessible(admin, 'dialog: 提案ルールの編集', () => admin.getByTestId('catalogue-rule-edit').first().click());
    });

    it('the form list, the new-template dialog and the import', async () => {
      await admin.goto(`${server.url}/admin/forms`);
      await admin.getByTestId('forms-row').first().waitFor();
      await expectAccessible(admin, 'admin: 様式の管理');
      await expectDialogAccessible(admin, 'dialog: 新しい様式', () => admin.getByTestId('forms-new').click());
      await admin.getByTestId('forms-import-toggle').click();
      await expectAccessible(admin, 'admin: 様式の管理 (取り込み)');
    });

    it('the form designer, each tab', async () => {
      await admin.goto(`${server.url}/admin/forms/jumin-ido-todoke`);
      await admin.getByTestId('designer-element').first().waitFor();
      await expectAccessible(admin, 'designer: 項目');
      await admin.getByTestId('designer-element').first().click();
      await admin.getByTestId('designer-tab-element').click();
      await admin.getByTestId('element-properties').waitFor();
      await expectAccessible(admin, 'designer: 選んだ要素');
      await admin.getByTestId('designer-tab-template').click();
      await admin.getByTestId('template-info').waitFor();
      await expectAccessible(admin, 'designer: 様式の情報');
    });
  });
});
