import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/app-config';
import type { RunningServer } from '../../src/server';
import { type BrowserSession, openBrowser } from '../support/browser';
import { startTestServer, TEST_PASSWORD } from '../support/test-server';

jest.setTimeout(90_000);

async function logIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('queue-table').or(page.getByTestId('queue-empty')).first().waitFor({ timeout: 15_000 });
}

describe('two clerks of one department at the counter queue', () => {
  let server: RunningServer;
  let first: BrowserSession;
  let second: BrowserSession;

  beforeAll(async () => {
    const ui = join(projectRoot(), 'dist', 'ui', 'browser', 'index.html');
    if (!existsSync(ui)) throw new Error('UI build missing: run `npm run build` (npm test does it in pretest).');
    server = await startTestServer();
    [first, second] = await Promise.all([openBrowser(), openBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await server?.stop();
  });

  it('shows a visit opened by one clerk on the other clerk\'s screen without a reload', async () => {
    const pageA = await first.context.newPage();
    const pageB = await second.context.newPage();
    const blocked: string[] = [];
    for (const page of [pageA, pageB]) {
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
      });
    }
    await logIn(pageA, server.url, 'shimin-toroku-01');
    await logIn(pageB, server.url, 'shimin-toroku-02');

    await expectText(pageA, 'shell-staff-name', /\S/);
    await expectText(pageA, 'shell-department', /市民登録課/);
    await expectText(pageA, 'shell-counter', /1番窓口/);
    await expectText(pageB, 'shell-counter', /2番窓口/);
    await pageB.getByTestId('live-status').filter({ hasText: '接続中' }).waitFor({ timeout: 10_000 });

    const rowsBefore = await pageB.getByTestId('queue-row').count();
    await pageB.evaluate(() => ((globalThis as unknown as { noReload: boolean }).noReload = true));
    const response = pageA.waitForResponse((r) => r.url().endsWith('/api/visits') && r.request().method() === 'POST');
    await pageA.getByTestId('open-visit').click();
    const opened = (await (await response).json()) as { id: string };
    expect((await response).status()).toBe(201);

    const started = Date.now();
    await pageB.locator(`[data-testid="queue-row"][data-visit-id="${opened.id}"]`).waitFor({ timeout: 5_000 });
    const elapsed = Date.now() - started;
    process.stdout.write(`live update reached the second clerk ${elapsed} ms after the 201 (browser wait granularity included)\n`);

    expect(await pageB.getByTestId('queue-row').count()).toBe(rowsBefore + 1);
    expect(await pageB.evaluate(() => (globalThis as unknown as { noReload?: boolean }).noReload)).toBe(true);
    await pageA.getByTestId('workspace').waitFor({ timeout: 5_000 });

    expect(blocked).toEqual([]);
    await pageB.locator(`[data-testid="queue-row"][data-visit-id="${opened.id}"]`).click();
    await pageB.getByTestId('visit-detail').waitFor();
    expect(await pageB.getByTestId('visit-detail').innerText()).toContain('市民登録課 1番窓口');
  });

  it('keeps a clerk of another department from seeing the visit', async () => {
    await second.context.clearCookies();
    const page = await second.context.newPage();
    await logIn(page, server.url, 'kodomo-01');
    await expectText(page, 'shell-department', /こども課/);
    expect(await page.getByTestId('queue-row').count()).toBe(0);
    await page.close();
  });
});

async function expectText(page: Page, testId: string, pattern: RegExp): Promise<void> {
  const text = await page.getByTestId(testId).first().innerText({ timeout: 10_000 });
  expect(text).toMatch(pattern);
}
