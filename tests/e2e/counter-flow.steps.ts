/**
 * What a clerk does at the counter screens, as small steps for the counter-flow browser tests. Every step
 * goes through the page (data-testid hooks listed in docs/ui.md), never through the API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { projectRoot } from '../../src/app-config';
import { TEST_PASSWORD } from '../support/test-server';

export interface NewPerson {
  readonly name: string;
  readonly kana: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  readonly relationship: string;
  readonly applicant?: boolean;
  readonly insurance?: 'employee' | 'kokuho' | 'koki' | 'none';
}

/** A birth date that makes someone `years` old today (a month past their birthday, whatever today is). */
export function bornYearsAgo(years: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - 30);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

/** The demo clerks' display names (demo-staff.json), as the timeline shows them. */
export function displayName(username: string): string {
  const file = join(projectRoot(), 'infrastructure', 'city', 'cities', 'hanamaki', 'demo-staff.json');
  const staff = JSON.parse(readFileSync(file, 'utf8')) as Array<{ username: string; displayName: string }>;
  const found = staff.find((account) => account.username === username);
  if (!found) throw new Error(`demo-staff.json has no ${username}`);
  return found.displayName;
}

export async function logIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('shell-staff-name').waitFor({ timeout: 15_000 });
}

export function item(page: Page, procedureId: string): Locator {
  return page.locator(`[data-testid="checklist-item"][data-procedure-id="${procedureId}"]`);
}

export async function addManualPerson(page: Page, person: NewPerson): Promise<void> {
  const rows = await page.getByTestId('person-row').count();
  await page.getByTestId('manual-name').fill(person.name);
  await page.getByTestId('manual-kana').fill(person.kana);
  await page.getByTestId('manual-birth-date').fill(person.birthDate);
  await page.getByTestId(`manual-sex-${person.sex}`).click();
  await page.getByTestId('manual-relationship').fill(person.relationship);
  await page.keyboard.press('Escape'); // close the 続柄 suggestions
  const applicant = page.getByTestId('manual-applicant').locator('input');
  if ((await applicant.isChecked()) !== (person.applicant ?? false)) await applicant.click();
  await page.getByTestId(`manual-insurance-${person.insurance ?? 'none'}`).click();
  await page.getByTestId('manual-submit').click();
  await page.getByTestId('person-row').nth(rows).waitFor();
}

/** Answers a question by its choice value, or はい/いいえ for a boolean one, if the interview asks it. */
export async function answer(page: Page, questionId: string, value: string | boolean): Promise<void> {
  const suffix = value === true ? 'yes' : value === false ? 'no' : value;
  const control = page.getByTestId(`question-${questionId}-${suffix}`);
  if ((await control.count()) > 0) await control.click();
}

export async function setStatus(page: Page, procedureId: string, status: 'in_progress' | 'done'): Promise<void> {
  await page.getByTestId(`status-${procedureId}-${status}`).click();
  await page.locator(`[data-testid="checklist-item"][data-procedure-id="${procedureId}"][data-status="${status}"]`).waitFor();
}

/** Marks every open item of a department done, one by one (each waits for the fresh workspace). */
export async function completeDepartment(page: Page, departmentId: string): Promise<string[]> {
  const items = page.locator(`[data-testid="checklist-department"][data-department-id="${departmentId}"] [data-testid="checklist-item"]`);
  type Item = { dataset: Record<string, string | undefined> };
  const ids = await items.evaluateAll((nodes) =>
    (nodes as unknown as Item[])
      .filter((node) => ['not_started', 'in_progress'].includes(node.dataset['status'] ?? ''))
      .map((node) => node.dataset['procedureId'] ?? ''),
  );
  for (const id of ids) await setStatus(page, id, 'done');
  return ids;
}

export async function handOff(page: Page, departmentName: string): Promise<void> {
  await page.getByTestId('handoff-open').click();
  await page.getByTestId('handoff-department').click();
  await page.locator('mat-option').filter({ hasText: departmentName }).first().click();
  await page.getByTestId('handoff-note').fill(`${departmentName}の手続きをお願いします`);
  await page.getByTestId('handoff-confirm').click();
  await page.waitForURL('**/queue');
}

/** From the queue: 呼出 the resident another department sent here, which opens their workspace. */
export async function callFromQueue(page: Page, visitId: string): Promise<void> {
  const row = page.locator(`[data-testid="queue-row"][data-visit-id="${visitId}"]`);
  await row.waitFor({ timeout: 10_000 });
  await row.getByTestId('call-visit').click();
  await page.waitForURL(`**/visits/${visitId}`);
  await page.getByTestId('checklist-item').first().waitFor();
}

export async function texts(locator: Locator): Promise<string[]> {
  return locator.allInnerTexts();
}
