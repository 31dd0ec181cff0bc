/**
 * Whether the family move-in's forms are right after the walk: read over the clerk's own session (the
 * same reads the screen makes), never counted as effort.
 */
import type { Page } from 'playwright-core';
import { visitForms } from './counter-effort.reads';
import type { FamilyMember } from './counter-effort.walk';

export interface FormsCheck {
  /** Every form made, with the person it is for. */
  readonly made: readonly string[];
  /** What is wrong; empty when every form is right. */
  readonly problems: readonly string[];
}

export interface FamilyFacts {
  readonly members: readonly FamilyMember[];
  readonly movedOn: string;
  readonly previousAddress: string;
  readonly surname: string;
  readonly surnameKana: string;
}

const INKAN_MIN_AGE_MEMBERS = 2; // the 世帯主 and the 妻; the children (12 and 4) are under 15

export async function checkFamilyForms(page: Page, visitId: string, facts: FamilyFacts): Promise<FormsCheck> {
  const { forms, ownProcedureNames } = await visitForms(page, visitId);
  const live = forms.filter((form) => !form.voided);
  const problems: string[] = [];
  const value = (form: (typeof live)[number], id: string) => form.fields.find((field) => field.id === id)?.value ?? null;
  const names = facts.members.map((member) => `${facts.surname} ${member.givenName}`);

  const ido = live.filter((form) => form.templateId === 'jumin-ido-todoke');
  if (ido.length !== 1) problems.push(`住民異動届が${ido.length}件（1件のはず）`);
  for (const form of ido) {
    const listed = [1, 2, 3, 4, 5, 6].map((n) => value(form, `concerned_${n}_name`)).filter((name) => name !== null && name !== '');
    if (JSON.stringify(listed) !== JSON.stringify(names)) problems.push(`住民異動届の対象者: ${listed.join('、')}（${names.join('、')}のはず）`);
    facts.members.forEach((member, index) => {
      const n = index + 1;
      const kana = String(value(form, `concerned_${n}_kana`) ?? '').replace(/[\s\u3000]+/gu, ' ');
      const expected = katakana(`${facts.surnameKana} ${member.givenKana}`);
      if (kana !== expected) problems.push(`住民異動届の対象者${n} フリガナ: ${kana}（${expected}のはず）`);
      if (!sameDay(value(form, `concerned_${n}_birth_date`), member.birthDate)) problems.push(`住民異動届の対象者${n} 生年月日: ${String(value(form, `concerned_${n}_birth_date`))}`);
      if (value(form, `concerned_${n}_sex`) !== (member.sex === 'male' ? '男' : '女')) problems.push(`住民異動届の対象者${n} 性別: ${String(value(form, `concerned_${n}_sex`))}`);
    });
    if (value(form, 'previous_address') !== facts.previousAddress) problems.push(`住民異動届の前の住所: ${String(value(form, 'previous_address'))}`);
    if (!sameDay(value(form, 'move_date'), facts.movedOn)) problems.push(`住民異動届の異動日: ${String(value(form, 'move_date'))}（${facts.movedOn}のはず）`);
    if (value(form, 'head_name') !== names[0]) problems.push(`住民異動届の世帯主: ${String(value(form, 'head_name'))}`);
    if (value(form, 'applicant_name') !== names[0]) problems.push(`住民異動届の届出人: ${String(value(form, 'applicant_name'))}`);
  }

  const inkan = live.filter((form) => form.templateId === 'inkan-toroku-shinsei');
  const inkanFor = inkan.map((form) => form.personName ?? '（世帯で1枚）');
  const children = names.slice(INKAN_MIN_AGE_MEMBERS);
  if (inkan.length === 0) problems.push('印鑑登録申請書がありません（印鑑登録をすると答えました）');
  if (inkanFor.some((name) => children.includes(name))) problems.push(`15歳未満の子に印鑑登録申請書: ${inkanFor.join('、')}`);

  for (const form of live.filter((candidate) => candidate.procedureNames.some((name) => ownProcedureNames.includes(name)))) {
    if (form.missingRequired.length > 0) problems.push(`${form.name}${form.personName ? `（${form.personName}）` : ''}に必須の未入力: ${form.missingRequired.join(', ')}`);
  }
  return { made: live.map((form) => `${form.name}${form.personName ? `（${form.personName}）` : ''}`), problems };
}

function katakana(hiragana: string): string {
  return hiragana.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** A form's date as YYYY-MM-DD or as printed in the era (令和8年11月28日). */
function sameDay(value: string | boolean | null, iso: string): boolean {
  if (typeof value !== 'string') return false;
  if (value === iso) return true;
  const format = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' });
  const parts = Object.fromEntries(format.formatToParts(new Date(`${iso}T00:00:00+09:00`)).map((part) => [part.type, part.value]));
  return value === `${parts['era']}${parts['year'] === '1' ? '元' : parts['year']}年${parts['month']}月${parts['day']}日`;
}
