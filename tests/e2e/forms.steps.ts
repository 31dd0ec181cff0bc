/**
 * Steps of the forms browser tests (申請書 at the counter, the touch panel, the form designer), on top of the
 * counter-flow steps. Every step goes through the page (data-testid hooks listed in docs/ui.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** 昭和55年4月1日, as the forms print a birth date (the first year of an era is 元年). */
export function eraDate(iso: string): string {
  const format = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' });
  const parts = Object.fromEntries(format.formatToParts(new Date(`${iso}T00:00:00+09:00`)).map((part) => [part.type, part.value]));
  return `${parts['era']}${parts['year'] === '1' ? '元' : parts['year']}年${parts['month']}月${parts['day']}日`;
}

export function formCard(page: Page, templateId: string): Locator {
  return page.locator(`[data-testid="form-card"][data-template-id="${templateId}"]`);
}

/** Unfolds a form's items (once) and gives the row of one item. */
export async function formField(card: Locator, fieldId: string): Promise<Locator> {
  if ((await card.getByTestId('form-fields').count()) === 0) await card.getByTestId('form-toggle').click();
  const row = card.locator(`[data-testid="form-field"][data-field-id="${fieldId}"]`);
  await row.waitFor();
  return row;
}

export async function fieldValue(card: Locator, fieldId: string): Promise<{ value: string; source: string | null }> {
  const row = await formField(card, fieldId);
  return { value: (await row.getByTestId('form-field-value').innerText()).trim(), source: await row.getAttribute('data-source') };
}

/** Fills one item of 「未入力の項目」: text by typing, a choice by its value. */
export async function fillMissing(page: Page, fieldId: string, value: string, kind: 'text' | 'radio' | 'select' = 'text'): Promise<void> {
  const input = page.getByTestId(`missing-input-${fieldId}`);
  if (kind === 'text') await input.fill(value);
  else if (kind === 'radio') await page.getByTestId(`missing-input-${fieldId}-${value}`).click();
  else {
    await input.click();
    await page.locator('mat-option').filter({ hasText: new RegExp(`^\\s*${value}\\s*$`) }).click();
  }
}

/**
 * Answers every required item still asked in 「未入力の項目」 with something valid for its kind (the first
 * choice, a date, a word), so that a test does not depend on which other forms the city's catalogue adds.
 */
export async function fillRemainingRequired(page: Page): Promise<void> {
  const rows = page.locator('[data-testid="missing-item"]').filter({ has: page.locator('.tag.required') });
  for (const row of await rows.all()) {
    const id = (await row.getAttribute('data-field-id')) ?? '';
    const radios = row.locator('mat-radio-button');
    if ((await radios.count()) > 0) {
      if ((await row.locator('mat-radio-button.mat-mdc-radio-checked').count()) === 0) await radios.first().click();
    } else if ((await row.locator('mat-select').count()) > 0) {
      if (((await row.locator('mat-select').innerText()).trim() || '選んでください') === '選んでください') {
        await row.locator('mat-select').click();
        await page.locator('mat-option').first().click();
      }
    } else if ((await row.locator('mat-checkbox').count()) > 0) {
      await row.locator('mat-checkbox input').check();
    } else {
      const input = page.getByTestId(`missing-input-${id}`);
      if ((await input.inputValue()) === '') await input.fill((await page.getByTestId(`missing-input-${id}-check`).count()) > 0 ? 'R8.4.1' : '花巻');
    }
  }
}

/** Signs on the canvas with the mouse, as a finger would: one wavy stroke. */
export async function drawSignature(panel: Page): Promise<void> {
  const canvas = panel.getByTestId('signature-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('署名欄が見えません');
  const y = box.y + box.height * 0.6;
  await panel.mouse.move(box.x + box.width * 0.15, y);
  await panel.mouse.down();
  for (let i = 1; i <= 30; i++) await panel.mouse.move(box.x + box.width * (0.15 + i * 0.02), y - Math.sin(i / 3) * box.height * 0.2);
  await panel.mouse.up();
}

/** Fetches a PDF with the page's session and reads its text back with pdftotext (poppler-utils). */
export async function pdfText(page: Page, url: string): Promise<string> {
  const base64 = await page.evaluate(async (address) => {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address}: ${response.status} ${await response.text()}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, url);
  return textOfPdf(Buffer.from(base64, 'base64'));
}

/** The text of a PDF, read back with pdftotext (poppler-utils). */
export function textOfPdf(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-forms-'));
  try {
    const file = join(dir, 'forms.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the resident did at the touch panel: each form as shown (1件目 …), each box signed or left out. */
export interface PanelWalk {
  readonly forms: Array<{ progress: string; name: string }>;
  readonly signed: string[];
  readonly skipped: string[];
}

/**
 * Goes through the touch panel's sequence as a resident would: confirms each form, signs every required box,
 * leaves out every optional one (保証人, 証人), until 「ありがとうございました」. `onStep` sees each screen.
 */
export async function walkPanel(panel: Page, onStep: (step: 'confirm' | 'sign-optional' | 'sign') => Promise<void> = async () => undefined): Promise<PanelWalk> {
  const walk: PanelWalk = { forms: [], signed: [], skipped: [] };
  for (let step = 0; step < 40; step++) {
    const screen = panel.locator('[data-testid="panel-thanks"], [data-testid="panel-confirm"], [data-testid="panel-signature-label"]').first();
    await screen.waitFor();
    const testId = await screen.getAttribute('data-testid');
    if (testId === 'panel-thanks') return walk;
    if (testId === 'panel-confirm') {
      walk.forms.push({ progress: (await panel.getByTestId('panel-progress').innerText()).trim(), name: (await panel.getByTestId('panel-form-name').innerText()).trim() });
      await onStep('confirm');
      await screen.click();
      await panel.getByTestId('panel-signature-label').waitFor();
      continue;
    }
    const fieldId = `${walk.forms.length}:${(await screen.getAttribute('data-field-id')) ?? ''}`;
    if ((await panel.getByTestId('panel-skip').count()) > 0) {
      await onStep('sign-optional');
      await panel.getByTestId('panel-skip').click();
      walk.skipped.push(fieldId);
    } else {
      await onStep('sign');
      await drawSignature(panel);
      await panel.getByTestId('signature-confirm').click();
      walk.signed.push(fieldId);
    }
    // the next screen replaces this box (another box, the next form, or the thanks)
    await panel.locator(`[data-testid="panel-signature-label"][data-field-id="${fieldId.split(':')[1] ?? ''}"]`).waitFor({ state: 'detached' });
  }
  throw new Error('タッチパネルの手順が終わりません');
}
