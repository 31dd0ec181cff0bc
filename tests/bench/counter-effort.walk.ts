/**
 * The family-of-four move-in at 市民登録課, walked as a new clerk would with mouse and keyboard only, every
 * click and key counted (CountingClerk). The family moves in from outside Iwate: 世帯主 (male, 44), 妻 (41),
 * 子 (12, at school), 子 (4, of childcare age), all on the 世帯主's employee insurance, typed by hand with
 * 前の住所 and 異動日. docs/benchmarks.md keeps the method and the numbers.
 */
import type { Page } from 'playwright-core';
import { CountingClerk, type Effort } from './counting-clerk';
import { checkFamilyForms, type FormsCheck } from './counter-effort.check';
import { ownMissing } from './counter-effort.reads';

/** A birth date `years` ago (a month past the birthday, whatever today is), YYYY-MM-DD. */
export function yearsAgo(years: number, today = new Date()): string {
  const date = new Date(today);
  date.setUTCDate(date.getUTCDate() - 30);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

export function daysAgo(days: number, today = new Date()): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

const ERAS = [
  { letter: 'R', start: '2019-05-01' },
  { letter: 'H', start: '1989-01-08' },
  { letter: 'S', start: '1926-12-25' },
] as const;

/** 1982-05-10 → S57.5.10: the shortest way a clerk types a date the form reads (和暦 with its letter). */
export function shortEraDate(iso: string): string {
  const era = ERAS.find((candidate) => iso >= candidate.start);
  if (!era) throw new Error(`${iso} is before 昭和`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${era.letter}${year - Number(era.start.slice(0, 4)) + 1}.${month}.${day}`;
}

/** Issue 8: the same move-in typed by hand before persons carried over what they share. */
export const BASELINE = { clicks: 95, keys: 346 } as const;
/** At most half of the baseline. */
export const TARGET = { clicks: Math.floor(BASELINE.clicks / 2), keys: Math.floor(BASELINE.keys / 2) } as const;

export interface FamilyMember {
  readonly givenName: string;
  readonly givenKana: string;
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  readonly relationship: string;
}

export const SURNAME = { name: '北村', kana: 'きたむら' } as const;
export const POSTAL_CODE = '0250075';
/** What is typed after the form's own 「岩手県花巻市」. */
export const ADDRESS_REST = '花城町9番30号';
export const PREVIOUS_ADDRESS = '東京都世田谷区太子堂1-2-3';
export const PHONE = '09012345678';

export function family(today = new Date()): readonly FamilyMember[] {
  return [
    { givenName: '健一', givenKana: 'けんいち', birthDate: yearsAgo(44, today), sex: 'male', relationship: '世帯主' },
    { givenName: '由美', givenKana: 'ゆみ', birthDate: yearsAgo(41, today), sex: 'female', relationship: '妻' },
    { givenName: '陽翔', givenKana: 'はると', birthDate: yearsAgo(12, today), sex: 'male', relationship: '子' },
    { givenName: '咲', givenKana: 'さき', birthDate: yearsAgo(4, today), sex: 'female', relationship: '子' },
  ];
}

/**
 * What the clerk answers when the interview asks (the family's situation); a question not listed here
 * stops the walk, so a new question in the catalogue is seen, not silently skipped.
 */
const INTERVIEW: Readonly<Record<string, string | boolean>> = {
  moved_from: 'other',
  tenshutsu_method: 'certificate',
  keeps_employee_insurance: 'all_keep',
  kaigo_certified: false,
  jido_teate_claimant: 'head',
  claimant_is_public_servant: false,
  has_school_children: true,
  wants_childcare: true,
  pregnant: false,
  wants_seal_registration: true,
  has_dog: false,
  has_moped: false,
  receives_jiritsu_shien_iryo: false,
  shien_sochi: false,
};

export interface WalkResult {
  readonly visitId: string;
  readonly effort: Effort;
  readonly forms: FormsCheck;
  /** Questions the interview asked, and those it did not need to (known from the persons). */
  readonly asked: readonly string[];
  readonly known: readonly string[];
  /** The required items typed or chosen in 「未入力の項目」 for 市民登録課's forms. */
  readonly completed: readonly string[];
}

/** Logs in (not counted: it is the start of the clerk's day, not of this resident's visit). */
export async function logInUncounted(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('shell-staff-name').waitFor({ timeout: 15_000 });
}

export async function walkFamilyMoveIn(page: Page, today = new Date()): Promise<WalkResult> {
  const clerk = new CountingClerk(page);
  const members = family(today);
  const movedOn = daysAgo(5, today);

  // 受付を開始
  clerk.in('reception');
  await clerk.click(page.getByTestId('open-visit'));
  await page.getByTestId('workspace').waitFor();
  const visitId = (await page.getByTestId('workspace').getAttribute('data-visit-id')) ?? '';

  // 1 来庁者・世帯: the four typed by hand; what they share is carried over from the one before.
  clerk.in('persons');
  await clerk.click(page.getByTestId('add-manual-person'));
  for (const [index, member] of members.entries()) {
    await enterMember(clerk, member, index, movedOn);
    await page.getByTestId('person-row').nth(index).waitFor();
  }

  // 2 ライフイベント
  clerk.in('lifeEvent');
  await clerk.click(page.getByTestId('life-event-tennyu'));
  await page.locator('[data-testid^="question-"]').first().waitFor();

  // 3 役割と聞き取り: the roles are left as proposed; every question asked is answered, then saved.
  clerk.in('interview');
  const asked = await page.locator('li[data-testid^="question-"]').evaluateAll((nodes) => nodes.map((node) => (node.getAttribute('data-testid') ?? '').slice('question-'.length)));
  const known = await page.locator('[data-testid="known-answers"] li').evaluateAll((nodes) => nodes.map((node) => (node.getAttribute('data-testid') ?? '').slice('known-'.length)));
  const unexpected = asked.filter((id) => !(id in INTERVIEW));
  if (unexpected.length > 0) throw new Error(`聞き取りに想定外の質問があります: ${unexpected.join(', ')}`);
  for (const id of asked) {
    const value = INTERVIEW[id];
    const suffix = value === true ? 'yes' : value === false ? 'no' : String(value);
    const control = page.getByTestId(`question-${id}-${suffix}`);
    if ((await control.getAttribute('aria-pressed')) === 'true' || (await control.locator('input:checked').count()) > 0) continue; // already so
    await clerk.click(control);
  }
  if (await page.getByTestId('answers-save').isEnabled()) {
    await clerk.click(page.getByTestId('answers-save'));
    await page.getByTestId('answers-saved').waitFor();
  }

  // 5 申請書: made, then what 市民登録課's forms still miss is completed in 「未入力の項目」.
  clerk.in('forms');
  await page.locator('[data-testid="checklist-item"][data-procedure-id="tennyu-todoke"]').waitFor();
  await clerk.click(page.getByTestId('forms-create'));
  await page.locator('[data-testid="form-card"][data-template-id="jumin-ido-todoke"]').waitFor();
  const completed = await completeOwnForms(clerk, visitId);

  const forms = await checkFamilyForms(page, visitId, { members, movedOn, previousAddress: PREVIOUS_ADDRESS, surname: SURNAME.name, surnameKana: SURNAME.kana });
  return { visitId, effort: clerk.effort, forms, asked, known, completed };
}

/**
 * One member in 「住民記録にない方を追加」. The first is typed in full; the form then keeps the surname and
 * its reading, 〒, address, 前の住所, 異動日 and insurance, so the next ones need only what differs.
 * The mouse goes to a field unless Tab lands there next; Enter submits once the last field is typed.
 */
async function enterMember(clerk: CountingClerk, member: FamilyMember, index: number, movedOn: string): Promise<void> {
  const page = clerk.page;
  const first = index === 0;
  if (first) {
    await clerk.clickAndType(page.getByTestId('manual-name'), `${SURNAME.name} ${member.givenName}`);
    await clerk.press('Tab');
    await clerk.type(`${SURNAME.kana} ${member.givenKana}`);
  } else {
    // the focus is back on 氏名 after the last one was registered, the caret after 「北村 」
    await clerk.type(member.givenName);
    await clerk.clickAndType(page.getByTestId('manual-kana'), member.givenKana);
  }
  await clerk.press('Tab');
  await clerk.type(shortEraDate(member.birthDate));
  if (!first) await clerk.clickAndType(page.getByTestId('manual-relationship'), member.relationship);
  if ((await page.getByTestId(`manual-sex-${member.sex}`).locator('input:checked').count()) === 0) await clerk.click(page.getByTestId(`manual-sex-${member.sex}`));
  if (first) {
    await clerk.clickAndType(page.getByTestId('manual-postal-code'), POSTAL_CODE);
    await clerk.clickAndType(page.getByTestId('manual-address'), ADDRESS_REST);
    await clerk.clickAndType(page.getByTestId('manual-previous-address'), PREVIOUS_ADDRESS);
    await clerk.press('Tab');
    await clerk.type(shortEraDate(movedOn));
    await clerk.click(page.getByTestId('manual-insurance-employee'));
  }
  await expectValue(page, 'manual-name', `${SURNAME.name} ${member.givenName}`);
  await clerk.click(page.getByTestId('manual-submit'));
}

async function expectValue(page: Page, testId: string, expected: string): Promise<void> {
  const actual = await page.getByTestId(testId).inputValue();
  if (actual !== expected) throw new Error(`${testId}: 「${actual}」（「${expected}」のはず）`);
}

/** What the clerk types or picks for a required item of 市民登録課's forms, by the item's id. */
type ItemAnswer = { readonly text: string } | { readonly choice: string } | { readonly select: string };
const ITEM_ANSWERS: Readonly<Record<string, ItemAnswer>> = {
  applicant_phone: { text: PHONE },
  move_kind: { select: '転入' },
  seal_identity_method: { choice: 'photo_id' },
};

/** Fills the required items that 市民登録課's forms still miss, then saves them (once for all forms). */
async function completeOwnForms(clerk: CountingClerk, visitId: string): Promise<string[]> {
  const page = clerk.page;
  const own = await ownMissing(page, visitId);
  const unknown = own.filter((id) => !(id in ITEM_ANSWERS));
  if (unknown.length > 0) throw new Error(`市民登録課の申請書に、答えを決めていない必須の未入力項目があります: ${unknown.join(', ')}`);
  for (const id of own) {
    const answer = ITEM_ANSWERS[id]!;
    if ('text' in answer) await clerk.clickAndType(page.getByTestId(`missing-input-${id}`), answer.text);
    else if ('choice' in answer) await clerk.click(page.getByTestId(`missing-input-${id}-${answer.choice}`));
    else {
      // a list of more than four choices is a drop-down: open it, pick the option
      await clerk.click(page.getByTestId(`missing-input-${id}`));
      await clerk.click(page.locator('mat-option').filter({ hasText: new RegExp(`^\\s*${answer.select}\\s*$`) }));
    }
  }
  if (own.length > 0) {
    await clerk.click(page.getByTestId('missing-save'));
    await page.getByTestId('missing-unsaved').waitFor({ state: 'detached' });
  }
  return own;
}
