import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { VisitOpenedDto } from '../../application/visit/read-models/visit-workspace.dto';
import { projectRoot } from '../../src/app-config';
import type { RunningServer } from '../../src/server';
import { ApiClient } from '../support/api-client';
import { type BrowserSession, openBrowser } from '../support/browser';
import { act, movingFamily } from '../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../support/test-server';
import { logIn } from './counter-flow.steps';

jest.setTimeout(90_000);

const screenshots = process.env['E2E_SCREENSHOTS'];

describe('来庁記録の検索 in the browser', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let closedVisitId = '';

  beforeAll(async () => {
    const ui = join(projectRoot(), 'dist', 'ui', 'browser', 'index.html');
    if (!existsSync(ui)) throw new Error('UI build missing: run `npm run build` (npm test does it in pretest).');
    server = await startTestServer();
    browser = await openBrowser();
    // A clerk of 市民登録課 serves 宮沢 賢治 and closes the visit; another resident's visit stays open.
    const clerk = new ApiClient(server.url);
    expect((await clerk.login('shimin-toroku-01', TEST_PASSWORD)).status).toBe(200);
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    closedVisitId = opened.body.id;
    const added = await act(clerk, 'POST', `/api/visits/${closedVisitId}/persons/manual`, { ...movingFamily[0], name: '宮沢 賢治', nameKana: 'ミヤザワ ケンジ' }, opened.body.revision);
    expect((await act(clerk, 'POST', `/api/visits/${closedVisitId}/close`, { reason: '残りは後日' }, added.result.revision)).status).toBe(200);
    const other = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    await act(clerk, 'POST', `/api/visits/${other.body.id}/persons/manual`, { ...movingFamily[1], name: '花巻 春子', nameKana: 'ハナマキ ハルコ' }, other.body.revision);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a supervisor find a closed visit by the reading in hiragana, from the menu, and open its timeline', async () => {
    const page = await browser.context.newPage();
    await logIn(page, server.url, 'kokuho-iryo-kantoku');
    await page.getByTestId('nav-search').click();
    await page.getByRole('heading', { name: '来庁記録の検索' }).waitFor();
    // Today's visits are listed at once (the period defaults to today), both of them.
    await page.getByTestId('visit-search-row').nth(1).waitFor({ timeout: 10_000 });

    await page.getByTestId('visit-search-name').fill('みやざわ');
    await page.getByTestId('visit-search-name').press('Enter');
    const row = page.locator(`[data-testid="visit-search-row"][data-visit-id="${closedVisitId}"]`);
    await row.waitFor({ timeout: 10_000 });
    await page.getByTestId('visit-search-loading').waitFor({ state: 'detached' });
    expect(await page.getByTestId('visit-search-row').count()).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('closed');
    const text = await row.innerText();
    expect(text).toContain('宮沢 賢治 様');
    expect(text).toContain('ミヤザワ ケンジ');
    expect(text).toContain('市民登録課');
    expect(text).toContain('完了');
    // Closed, and the supervisor is of another department: the timeline only, no workspace link.
    expect(await row.getByTestId('visit-search-workspace').count()).toBe(0);
    expect(page.url()).toContain('name=');
    if (screenshots) await page.screenshot({ path: join(screenshots, 'visit-search.png'), fullPage: true });

    await row.getByTestId('visit-search-timeline').click();
    await page.waitForURL(`**/visits/${closedVisitId}/timeline`);
    await page.locator('[data-testid="timeline-entry"][data-type="VisitClosed"]').waitFor({ timeout: 10_000 });
    const entries = await page.getByTestId('timeline-entry').allInnerTexts();
    expect(entries.some((entry) => entry.includes('宮沢 賢治'))).toBe(true);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'visit-search-timeline.png'), fullPage: true });

    // Back to the same search, as the address kept it.
    await page.goBack();
    await row.waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('visit-search-name').inputValue()).toBe('みやざわ');
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await browser.context.newPage();
    await logIn(page, server.url, 'kansa');
    await page.goto(`${server.url}/visits/search?name=${encodeURIComponent('該当なし太郎')}`);
    await page.getByTestId('visit-search-empty').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('visit-search-empty').innerText()).toContain('条件に合う来庁記録はありません');
    if (screenshots) await page.screenshot({ path: join(screenshots, 'visit-search-empty.png'), fullPage: true });
    await page.close();
  });
});
