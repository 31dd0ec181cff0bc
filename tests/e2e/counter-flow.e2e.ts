import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/app-config';
import type { RunningServer } from '../../src/server';
import { type BrowserSession, openBrowser } from '../support/browser';
import { startTestServer } from '../support/test-server';
import {
  addManualPerson,
  answer,
  bornYearsAgo,
  callFromQueue,
  completeDepartment,
  displayName,
  handOff,
  item,
  logIn,
  setStatus,
  texts,
} from './counter-flow.steps';

jest.setTimeout(180_000);

const family = {
  applicant: { name: '盛岡 健一', kana: 'もりおか けんいち', birthDate: bornYearsAgo(44), sex: 'male', relationship: '世帯主', applicant: true },
  spouse: { name: '盛岡 由美', kana: 'モリオカ ユミ', birthDate: bornYearsAgo(41), sex: 'female', relationship: '妻' },
  child: { name: '盛岡 陽向', kana: 'モリオカ ヒナタ', birthDate: bornYearsAgo(3), sex: 'male', relationship: '子' },
  parent: { name: '盛岡 トシ', kana: 'モリオカ トシ', birthDate: bornYearsAgo(70), sex: 'female', relationship: '母' },
} as const;

describe('the counter flow in the browser', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let second: BrowserSession;

  beforeAll(async () => {
    const ui = join(projectRoot(), 'dist', 'ui', 'browser', 'index.html');
    if (!existsSync(ui)) throw new Error('UI build missing: run `npm run build` (npm test does it in pretest).');
    server = await startTestServer();
    [browser, second] = await Promise.all([openBrowser(), openBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), second?.close()]);
    await server?.stop();
  });

  async function asClerk(username: string, session: BrowserSession = browser): Promise<Page> {
    await session.context.clearCookies();
    const page = await session.context.newPage();
    await logIn(page, server.url, username);
    return page;
  }

  it('takes a family moving in from outside Hanamaki from reception to a closed checklist, a guide and a timeline', async () => {
    // 市民登録課: reception, the family by the manual form, 転入, the interview.
    let page = await asClerk('shimin-toroku-01');
    await page.getByTestId('open-visit').click();
    await page.getByTestId('workspace').waitFor();
    const visitId = (await page.getByTestId('workspace').getAttribute('data-visit-id')) ?? '';
    expect(await page.getByTestId('ticket-number').innerText()).toMatch(/^\d+$/);

    await page.getByTestId('add-manual-person').click();
    for (const person of Object.values(family)) await addManualPerson(page, person);
    expect(await page.getByTestId('person-row').count()).toBe(4);
    expect(await page.getByTestId('person-row').first().innerText()).toContain('申請者');

    await page.getByTestId('life-event-tennyu').click();
    await page.getByTestId('question-moved_from').waitFor();
    await answer(page, 'moved_from', 'other');
    await answer(page, 'tenshutsu_method', 'certificate');
    await answer(page, 'kaigo_certified', false);
    await answer(page, 'jido_teate_claimant', 'head');
    await answer(page, 'claimant_is_public_servant', false);
    await answer(page, 'wants_childcare', false);
    for (const id of ['pregnant', 'wants_seal_registration', 'has_dog', 'has_moped', 'receives_jiritsu_shien_iryo']) await answer(page, id, false);
    await page.getByTestId('answers-save').click();
    await page.getByTestId('answers-saved').waitFor();

    // The proposal, each item with why — naming the persons.
    for (const id of ['tennyu-todoke', 'kokuho-kanyu', 'jido-teate-nintei', 'kodomo-iryohi-toroku', 'kaigo-shikaku-shutoku']) await item(page, id).waitFor();
    expect((await texts(item(page, 'kokuho-kanyu').getByTestId('checklist-reason'))).join('\n')).toContain(family.applicant.name);
    expect((await texts(item(page, 'jido-teate-nintei').getByTestId('checklist-reason'))).join('\n')).toContain(family.applicant.name);
    expect((await texts(item(page, 'kodomo-iryohi-toroku').getByTestId('checklist-reason'))).join('\n')).toContain(family.child.name);
    expect((await texts(item(page, 'kaigo-shikaku-shutoku').getByTestId('checklist-reason'))).join('\n')).toContain(family.parent.name);
    expect(await item(page, 'kokuho-kanyu').getByTestId('status-select').count()).toBe(0); // 国保医療課 changes it, not 市民登録課

    await setStatus(page, 'tennyu-todoke', 'done');
    await handOff(page, '国保医療課');
    await page.close();

    // 国保医療課: call the resident, finish the 国保 items, send them on to こども課.
    page = await asClerk('kokuho-iryo-01');
    await callFromQueue(page, visitId);
    expect(await item(page, 'tennyu-todoke').getAttribute('data-status')).toBe('done');
    expect(await completeDepartment(page, 'kokuho-iryo')).toContain('kokuho-kanyu');
    await handOff(page, 'こども課');
    await page.close();

    // こども課: the child items, then close though 介護保険 remains (a reason is asked), then the guide.
    page = await asClerk('kodomo-01');
    await callFromQueue(page, visitId);
    expect(await completeDepartment(page, 'kodomo')).toEqual(expect.arrayContaining(['jido-teate-nintei', 'kodomo-iryohi-toroku']));
    await page.getByTestId('close-visit').click();
    await page.getByTestId('close-reason').fill('介護保険は後日、長寿福祉課で手続きします');
    await page.getByTestId('close-confirm').click();
    await page.getByTestId('visit-closed-banner').waitFor();
    expect(await page.getByTestId('close-visit').count()).toBe(0);

    await page.getByTestId('open-guide').click();
    await page.getByTestId('guide').waitFor();
    const remaining = (await texts(page.getByTestId('guide-remaining-row'))).join('\n');
    expect(remaining).toContain('介護保険');
    expect(remaining).toContain(family.parent.name);
    expect(remaining).toContain('長寿福祉課');
    const done = (await texts(page.getByTestId('guide-done-row'))).join('\n');
    for (const name of ['転入届', '国民健康保険 加入', '児童手当', '子ども医療費助成']) expect(done).toContain(name);
    const sheet = await page.getByTestId('guide').innerText();
    expect(sheet).toContain(`${family.applicant.name} 様`);
    expect(sheet).not.toContain(family.applicant.birthDate.slice(0, 4)); // nothing but names about persons
    expect(sheet).not.toContain(visitId);
    type Printable = { print: () => void; printed?: boolean };
    await page.evaluate(() => ((globalThis as unknown as Printable).print = () => ((globalThis as unknown as Printable).printed = true)));
    await page.getByTestId('guide-print').click();
    expect(await page.evaluate(() => (globalThis as unknown as Printable).printed)).toBe(true);
    await page.close();

    // A supervisor reads who did what.
    page = await asClerk('shimin-toroku-kantoku');
    await page.goto(`${server.url}/visits/${visitId}/timeline`);
    await page.getByTestId('timeline-entry').first().waitFor();
    const timeline = (await texts(page.getByTestId('timeline-entry'))).join('\n');
    for (const clerk of ['shimin-toroku-01', 'kokuho-iryo-01', 'kodomo-01']) expect(timeline).toContain(displayName(clerk));
    expect(timeline).toMatch(/受付しました/);
    expect(timeline).toMatch(/国保医療課へ引き継ぎました/);
    expect(timeline).toMatch(/介護保険は後日/);
    expect(timeline).toMatch(/令和\S+年\d+月\d+日\s*\d{1,2}:\d{2}/);
    await page.close();
  });

  it('gives the second of two clerks acting on one visit a Japanese conflict message and the fresh state', async () => {
    const first = await asClerk('shimin-toroku-01');
    await first.getByTestId('open-visit').click();
    await first.getByTestId('workspace').waitFor();
    const visitId = (await first.getByTestId('workspace').getAttribute('data-visit-id')) ?? '';
    await first.getByTestId('add-manual-person').click();
    await addManualPerson(first, family.applicant);
    await first.getByTestId('life-event-tennyu').click();
    await item(first, 'tennyu-todoke').waitFor();

    // The second clerk's screen is left stale: its live channel is cut, as on a flaky network.
    await second.context.clearCookies();
    const other = await second.context.newPage();
    await other.route('**/api/live', (route) => route.abort());
    await logIn(other, server.url, 'shimin-toroku-02');
    await other.goto(`${server.url}/visits/${visitId}`);
    await item(other, 'tennyu-todoke').waitFor();

    await setStatus(first, 'tennyu-todoke', 'in_progress');
    await other.getByTestId('status-tennyu-todoke-done').click();

    // The server's own Japanese detail (409 or 412) heads the banner; the screen then shows the other clerk's change.
    const detail = await other.getByTestId('conflict-message').locator('strong').innerText({ timeout: 10_000 });
    expect(detail).toMatch(/[ぁ-んァ-ヶ一-龠]{2}.*[。）]/);
    await other.locator('[data-testid="checklist-item"][data-procedure-id="tennyu-todoke"][data-status="in_progress"]').waitFor({ timeout: 5_000 });
    await Promise.all([first.close(), other.close()]);
  });
});
