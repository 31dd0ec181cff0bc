import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/app-config';
import type { RunningServer } from '../../src/server';
import { totalEffort } from '../bench/counting-clerk';
import { logInUncounted, TARGET, walkFamilyMoveIn } from '../bench/counter-effort.walk';
import { type BrowserSession, openBrowser } from '../support/browser';
import { startTestServer, TEST_PASSWORD } from '../support/test-server';

jest.setTimeout(180_000);

/** The walk `npm run measure:counter-effort` measures (docs/benchmarks.md), kept honest in the suite. */
describe('the family-of-four move-in typed by hand at 市民登録課', () => {
  let server: RunningServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    const ui = join(projectRoot(), 'dist', 'ui', 'browser', 'index.html');
    if (!existsSync(ui)) throw new Error('UI build missing: run `npm run build` (npm test does it in pretest).');
    server = await startTestServer();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('ends with every 市民登録課 form complete and right, in at most half the clicks and keys of the baseline', async () => {
    const page = await browser.context.newPage();
    await logInUncounted(page, server.url, 'shimin-toroku-01', TEST_PASSWORD);
    const walk = await walkFamilyMoveIn(page);

    expect(walk.forms.problems).toEqual([]);
    expect(walk.forms.made).toEqual(expect.arrayContaining(['住民異動届', '印鑑登録申請書（北村 健一）', '印鑑登録申請書（北村 由美）']));
    expect(walk.known).toContain('moved_from'); // 前の住所 tells it: not asked
    const total = totalEffort(walk.effort);
    expect(total.clicks).toBeLessThanOrEqual(TARGET.clicks);
    expect(total.keys).toBeLessThanOrEqual(TARGET.keys);
    await page.close();
  });
});
