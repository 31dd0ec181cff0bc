import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/app-config';
import type { RunningServer } from '../../src/server';
import { type BrowserSession, openBrowser } from '../support/browser';
import { startTestServer } from '../support/test-server';
import { addManualPerson, answer, bornYearsAgo, item, logIn } from './counter-flow.steps';
import { eraDate, fieldValue, fillMissing, fillRemainingRequired, formCard, pdfText, textOfPdf, walkPanel } from './forms.steps';

jest.setTimeout(180_000);

const resident = {
  name: '北上 真理子',
  kana: 'きたかみ まりこ',
  birthDate: bornYearsAgo(38),
  sex: 'female',
  relationship: '世帯主',
  applicant: true,
  insurance: 'employee',
} as const;
const phone = '0198-24-2111';

describe('forms in the browser', () => {
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

  async function as(username: string): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await logIn(page, server.url, username);
    return page;
  }

  it('fills the forms of a move-in from what is known, asks a shared item once, takes the signature at the panel and prints them all', async () => {
    const page = await as('shimin-toroku-01');
    await page.getByTestId('open-visit').click();
    await page.getByTestId('workspace').waitFor();
    const visitId = (await page.getByTestId('workspace').getAttribute('data-visit-id')) ?? '';
    await page.getByTestId('add-manual-person').click();
    await page.getByTestId('manual-address').fill('岩手県花巻市花城町9番30号');
    await addManualPerson(page, resident);
    await page.getByTestId('life-event-tennyu').click();
    await page.getByTestId('question-moved_from').waitFor();
    await answer(page, 'moved_from', 'other');
    await answer(page, 'tenshutsu_method', 'certificate');
    await answer(page, 'wants_seal_registration', true);
    await page.getByTestId('answers-save').click();
    await page.getByTestId('answers-saved').waitFor();
    await item(page, 'inkan-toroku').waitFor();

    // 申請書を作成: the 住民異動届 comes pre-filled — name, address, birth date in the era.
    await page.getByTestId('forms-create').click();
    const ido = formCard(page, 'jumin-ido-todoke');
    const inkan = formCard(page, 'inkan-toroku-shinsei');
    await ido.waitFor();
    await inkan.waitFor();
    expect(await fieldValue(ido, 'applicant_name')).toEqual({ value: resident.name, source: 'known' });
    expect(await fieldValue(ido, 'concerned_1_birth_date')).toEqual({ value: eraDate(resident.birthDate), source: 'known' });
    expect((await fieldValue(ido, 'new_address')).value).toBe('岩手県花巻市花城町9番30号');
    expect((await fieldValue(ido, 'previous_address')).value).toBe('');
    expect(await ido.getByTestId('form-status').innerText()).toContain('未入力あり');

    // 未入力の項目: the phone number is asked once, though two forms use it.
    await page.getByTestId('missing-optional-toggle').click();
    const phoneItem = page.locator('[data-testid="missing-item"][data-field-id="applicant_phone"]');
    await phoneItem.waitFor();
    expect(await phoneItem.count()).toBe(1);
    expect(await phoneItem.innerText()).toMatch(/[2-9]つの申請書で共通/);
    expect(await phoneItem.getByTestId('missing-used-in').innerText()).toMatch(/住民異動届.*印鑑登録申請書/);
    await fillMissing(page, 'applicant_phone', phone);
    // 届出の種類 comes from the life event (転入).
    expect((await fieldValue(ido, 'move_kind')).source).toBe('known');
    await fillMissing(page, 'move_date', 'R8.4.1');
    // 届出人と対象者の関係 is known: the 届出人 is the person the form is for (本人).
    expect((await fieldValue(ido, 'applicant_capacity')).source).toBe('known');
    await fillRemainingRequired(page);
    await page.getByTestId('missing-save').click();
    await page.getByTestId('missing-required-count').filter({ hasText: 'すべて入力済み' }).waitFor();
    expect(await fieldValue(ido, 'applicant_phone')).toEqual({ value: phone, source: 'entered' });
    expect(await fieldValue(inkan, 'applicant_phone')).toEqual({ value: phone, source: 'entered' });

    // Printing waits for the signature, and says so.
    expect(await ido.getByTestId('form-print').isDisabled()).toBe(true);
    expect(await ido.getByTestId('form-print-blocked').innerText()).toContain('署名が必要です');
    expect(await page.getByTestId('forms-print-blocked').innerText()).toMatch(/署名が必要です（[2-9]件/);

    // The resident checks and signs every form on the touch panel, one after another (its own window, large
    // type, no staff menus); the 保証人 box of the 印鑑登録申請書 is optional and left out.
    const [panel] = await Promise.all([browser.context.waitForEvent('page'), page.getByTestId('forms-ask-signatures').click()]);
    await panel.getByTestId('panel-items').waitFor();
    const shown = await panel.getByTestId('panel-items').innerText();
    expect(shown).toContain(resident.name);
    expect(shown).toContain(eraDate(resident.birthDate));
    expect(await panel.getByTestId('nav-queue').count()).toBe(0);
    const walk = await walkPanel(panel, async (step) => {
      if (step === 'sign') expect(await panel.getByTestId('signature-confirm').isDisabled()).toBe(true);
    });
    const total = walk.forms.length;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(walk.forms.map((f) => f.progress)).toEqual(walk.forms.map((_, i) => `${total}件のうち ${i + 1}件目`));
    expect(walk.forms.map((f) => f.name)).toEqual(expect.arrayContaining(['住民異動届', '印鑑登録申請書']));
    const inkanAt = walk.forms.findIndex((f) => f.name === '印鑑登録申請書') + 1;
    expect(walk.skipped).toEqual([`${inkanAt}:guarantor_signature`]);
    expect(walk.signed).toEqual(expect.arrayContaining(walk.forms.map((_, i) => `${i + 1}:applicant_signature`)));

    // 終わる: the panel waits for the next resident and shows nothing of this one.
    await panel.getByTestId('panel-finish').click();
    await panel.getByTestId('panel-idle').waitFor();
    expect(await panel.getByTestId('panel-idle').innerText()).toContain('次の方をお待ちしています');
    expect(await panel.getByTestId('panel-idle-city').innerText()).toBe('花巻市');
    expect(await panel.locator('body').innerText()).not.toContain(resident.name);
    expect(new URL(panel.url()).pathname).toBe('/panel');
    // Asked again with nothing left to sign, it keeps waiting.
    await panel.goto(`${server.url}/panel/visits/${visitId}`);
    await panel.getByTestId('panel-idle').waitFor();
    expect(await panel.locator('body').innerText()).not.toContain(resident.name);
    await panel.close();
    await ido.locator('.chip.signed').waitFor();
    await inkan.locator('.chip.signed').waitFor();
    expect(await page.getByTestId('forms-print-blocked').count()).toBe(0);

    // すべて印刷: one PDF of every form, then recorded as printed.
    await page.getByTestId('forms-print-all').click();
    await page.getByTestId('print-frame').waitFor();
    await page.getByTestId('print-confirm').click();
    await ido.locator('.chip.printed').waitFor();
    await inkan.locator('.chip.printed').waitFor();
    const printed = (await pdfText(page, `/api/visits/${visitId}/forms/pdf`)).replace(/\s+/g, '');
    expect(printed).toContain(resident.name.replace(/\s+/g, ''));
    expect(printed).toContain(eraDate(resident.birthDate));
    expect(printed).toContain(phone);
    await page.close();
  });

  it('prints a form signed on paper with the clerk\'s note, which the timeline keeps', async () => {
    const page = await as('shimin-toroku-02');
    await page.getByTestId('open-visit').click();
    await page.getByTestId('workspace').waitFor();
    const visitId = (await page.getByTestId('workspace').getAttribute('data-visit-id')) ?? '';
    await page.getByTestId('add-manual-person').click();
    await page.getByTestId('manual-address').fill('岩手県花巻市花城町9番30号');
    await addManualPerson(page, { ...resident, name: '北上 健', kana: 'きたかみ けん', sex: 'male' });
    await page.getByTestId('life-event-tennyu').click();
    await page.getByTestId('question-moved_from').waitFor();
    await answer(page, 'moved_from', 'other');
    await answer(page, 'tenshutsu_method', 'certificate');
    await page.getByTestId('answers-save').click();
    await page.getByTestId('answers-saved').waitFor();
    await page.getByTestId('forms-create').click();
    const ido = formCard(page, 'jumin-ido-todoke');
    await ido.waitFor();
    await fillMissing(page, 'move_date', 'R8.4.1');
    await fillRemainingRequired(page);
    await page.getByTestId('missing-save').click();
    await page.getByTestId('missing-required-count').filter({ hasText: 'すべて入力済み' }).waitFor();
    await ido.getByTestId('form-print-blocked').filter({ hasText: '署名が必要です' }).waitFor();

    // 紙で署名済みとして印刷: the note is asked, names the empty box, and is required.
    await ido.getByTestId('form-print-paper').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('paper-signature-reason').waitFor();
    expect(await dialog.innerText()).toContain('住民異動届: 届出人（申請者） 署名');
    expect(await dialog.getByTestId('paper-signature-confirm').isDisabled()).toBe(true);
    await dialog.getByTestId('paper-signature-reason').fill('印刷した申請書にご本人が自署');
    await dialog.getByTestId('paper-signature-confirm').click();
    await page.getByTestId('print-frame').waitFor();
    await page.getByTestId('print-cancel').click();
    await ido.locator('.chip.signed').filter({ hasText: '紙で署名済み' }).waitFor();
    await ido.locator('.chip.printed').waitFor();
    expect(await ido.getByTestId('form-print').isDisabled()).toBe(false);

    // The PDF prints with the resident's data (the box left for the hand signature); the timeline keeps the note.
    const formId = (await ido.getAttribute('data-form-id')) ?? '';
    expect((await pdfText(page, `/api/visits/${visitId}/forms/${formId}/pdf`)).replace(/\s+/g, '')).toContain('北上健');
    const timeline = await page.evaluate(async (id) => (await fetch(`/api/visits/${id}/timeline`)).json(), visitId);
    expect(JSON.stringify(timeline)).toContain('紙で署名済み: 「住民異動届」（メモ: 印刷した申請書にご本人が自署）');
    await page.close();
  });

  it('lets an admin build a new form from a blank page, see its preview, save and publish it', async () => {
    const page = await as('admin');
    await page.getByTestId('nav-forms').click();
    await page.getByTestId('forms-table').waitFor();
    await page.getByTestId('forms-new').click();
    // The dialog's ngModel writes its initial '' a moment after the dialog opens: fill until the text stays.
    const fillStable = async (testId: string, value: string) => {
      const input = page.getByTestId(testId);
      for (let attempt = 0; attempt < 10; attempt++) {
        await input.fill(value);
        await page.waitForTimeout(50);
        if ((await input.inputValue()) === value) return;
      }
      throw new Error(`${testId} did not keep its value`);
    };
    await fillStable('new-template-name', '駐輪場利用申請書');
    await fillStable('new-template-id', 'churinjo-riyo-shinsei');
    await fillStable('new-template-category', '施設');
    await page.getByTestId('new-template-create').click();

    // The blank page has its title and the QR code.
    await page.waitForURL('**/admin/forms/churinjo-riyo-shinsei');
    await page.locator('[data-testid="designer-element"][data-kind="qr"]').waitFor();
    expect(await page.locator('[data-testid="designer-element"][data-kind="text"]').first().innerText()).toContain('駐輪場利用申請書');
    await page.getByTestId('fields-empty').waitFor();

    // A line of text, then an item bound to the applicant's name (placed on the page with its label).
    await page.getByTestId('designer-add-text').click();
    await page.getByTestId('element-text').fill('花巻駅東口駐輪場の利用を申請します。');
    await page.getByTestId('designer-tab-fields').click();
    await page.getByTestId('field-add').click();
    const editor = page.getByTestId('field-editor');
    await editor.getByTestId('field-label').fill('申請者 氏名');
    await editor.getByTestId('field-id').fill('applicant_name');
    await editor.getByTestId('field-id').press('Tab');
    // The preview answers are taken at the network layer: the page may cancel an older preview when a newer
    // edit starts one, and the browser then drops that answer's body.
    let resolvePreview: (preview: { contentType: string; body: Buffer }) => void = () => undefined;
    const previewed = new Promise<{ contentType: string; body: Buffer }>((resolve) => (resolvePreview = resolve));
    await page.route('**/api/form-templates/preview', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (response.status() === 200 && (route.request().postData() ?? '').includes('applicant.name')) {
        resolvePreview({ contentType: response.headers()['content-type'] ?? '', body });
      }
      await route.fulfill({ response, body }).catch(() => undefined); // the page may have cancelled it meanwhile
    });
    await editor.getByTestId('binding-root').selectOption('applicant');
    await editor.getByTestId('binding-key').selectOption('name');
    expect(await editor.getByTestId('binding-example').innerText()).toContain('見本 太郎');
    await page.locator('[data-testid="designer-element"][data-kind="field"]').waitFor();

    // The preview: the server renders the template with the sample household, and the page frames it.
    const preview = await previewed;
    expect(preview.contentType).toContain('application/pdf');
    const sample = textOfPdf(preview.body).replace(/\s+/g, '');
    for (const text of ['駐輪場利用申請書', '花巻駅東口駐輪場の利用を申請します。', '申請者氏名', '見本太郎']) expect(sample).toContain(text);
    await page.locator('[data-testid="designer-preview"][data-state="pdf"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('designer-preview-frame').getAttribute('src')).toMatch(/^blob:/);

    await page.getByTestId('designer-save').click();
    await page.locator('[data-testid="designer"][data-dirty="false"]').waitFor();
    await page.getByTestId('designer-publish').click();
    await page.getByTestId('designer-publish-confirm').click();
    await page.getByTestId('designer-status').filter({ hasText: '公開中 第1版' }).waitFor();

    await page.getByTestId('nav-forms').click();
    const row = page.locator('[data-testid="forms-row"][data-id="churinjo-riyo-shinsei"]');
    await row.waitFor();
    expect(await row.getByTestId('forms-status').innerText()).toContain('公開中 第1版');
    await page.close();
  });
});
