/**
 * Fields shared by several templates. The same id means the same item: entered (or corrected) once at a
 * visit, it is in every form of that visit. Each id has one label, one type and one binding here; a
 * template's own fields are defined in its form definition. Listed in docs/contexts/form.md.
 */
import { ACCOUNT, choice, date, kana, multiline, phone, POSTAL, text } from './field-types.mjs';
import { itemFields } from './shared-item-fields.mjs';

export { checkbox, choice, date, kana, multiline, number, phone, text } from './field-types.mjs';

/**
 * 個人番号 (My Number): twelve digits, never bound yet (a later reading of the My Number card fills it);
 * printed in twelve boxes.
 */
const individualNumber = (id, label) => text(id, label, { maxLength: 12, pattern: '^\\d{12}$', patternMessage: '個人番号は12桁の数字で入力してください', help: 'マイナンバーカードの読み取りで記入します' });

/** The fields of a person read from the visit (applicant, the form's person, the head of household). */
function personFields(prefix, root, who) {
  return [
    text(`${prefix}_name`, `${who} 氏名`, { required: true, maxLength: 40, binding: `${root}.name` }),
    kana(`${prefix}_kana`, `${who} フリガナ`, { maxLength: 60, binding: `${root}.nameKana|katakana` }),
    text(`${prefix}_birth_date`, `${who} 生年月日`, { binding: `${root}.birthDate|era` }),
    text(`${prefix}_sex`, `${who} 性別`, { maxLength: 2, binding: `${root}.sex|sexLabel` }),
    { id: `${prefix}_postal_code`, label: `${who} 郵便番号`, type: 'postal-code', required: false, ...POSTAL, binding: `${root}.postalCode` },
    text(`${prefix}_address`, `${who} 住所`, { maxLength: 120, binding: `${root}.address` }),
    text(`${prefix}_address_line`, `${who} 住所（方書を除く）`, { maxLength: 120, binding: `${root}.addressLine` }),
    text(`${prefix}_katagaki`, `${who} 方書`, { maxLength: 60, binding: `${root}.katagaki` }),
    individualNumber(`${prefix}_individual_number`, `${who} 個人番号`),
    text(`${prefix}_relationship`, `${who} 続柄`, { maxLength: 20, binding: `${root}.relationship` }),
    text(`${prefix}_atena_number`, `${who} 宛名番号`, { maxLength: 15, binding: `${root}.atenaNumber` }),
  ];
}

/** Rows of a list of persons concerned (per-visit forms): concerned_1_name … concerned_6_relationship. */
function concernedFields(count) {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const root = `concerned[${i}]`;
    return [
      text(`concerned_${n}_name`, `対象者${n} 氏名`, { maxLength: 40, binding: `${root}.name` }),
      kana(`concerned_${n}_kana`, `対象者${n} フリガナ`, { maxLength: 60, binding: `${root}.nameKana|katakana` }),
      text(`concerned_${n}_birth_date`, `対象者${n} 生年月日`, { binding: `${root}.birthDate|era` }),
      text(`concerned_${n}_sex`, `対象者${n} 性別`, { maxLength: 2, binding: `${root}.sex|sexLabel` }),
      text(`concerned_${n}_relationship`, `対象者${n} 続柄`, { maxLength: 20, binding: `${root}.relationship` }),
      individualNumber(`concerned_${n}_individual_number`, `対象者${n} 個人番号`),
    ];
  }).flat();
}

/** Rows of the household (世帯員) as the register gives them: household_1_name … household_6_relationship. */
function householdFields(count) {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const root = `household[${i}]`;
    return [
      text(`household_${n}_name`, `世帯員${n} 氏名`, { maxLength: 40, binding: `${root}.name` }),
      text(`household_${n}_birth_date`, `世帯員${n} 生年月日`, { binding: `${root}.birthDate|era` }),
      text(`household_${n}_relationship`, `世帯員${n} 続柄`, { maxLength: 20, binding: `${root}.relationship` }),
    ];
  }).flat();
}

/** Children the clerk lists once per visit for every child-related form (児童手当, 児童扶養手当, ...). */
function childFields(count) {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    return [
      text(`child_${n}_name`, `児童${n} 氏名`, { maxLength: 40, binding: `children[${n - 1}].name` }),
      kana(`child_${n}_kana`, `児童${n} フリガナ`, { maxLength: 60, binding: `children[${n - 1}].nameKana|katakana` }),
      date(`child_${n}_birth_date`, `児童${n} 生年月日`, { binding: `children[${n - 1}].birthDate` }),
      text(`child_${n}_relationship`, `児童${n} 続柄（請求者から見て）`, { maxLength: 20, binding: `children[${n - 1}].relationship` }),
      choice(`child_${n}_living`, `児童${n} 同居・別居`, [['together', '同居'], ['apart', '別居']]),
    ];
  }).flat();
}

const definitions = [
  // The visit and the counter
  text('submitted_on', '届出・申請日', { required: true, binding: 'visit.date|era' }),
  text('ticket_number', '受付番号', { maxLength: 20, binding: 'visit.ticketNumber' }),
  text('office_staff_name', '受付担当者', { maxLength: 40, binding: 'staff.name' }),
  text('office_department', '受付課', { maxLength: 40, binding: 'staff.department' }),
  choice('identity_document', '本人確認書類', [['mynumber_card', 'マイナンバーカード'], ['driving_licence', '運転免許証'], ['passport', 'パスポート'], ['other', 'その他']]),
  multiline('remarks', '備考', { maxLength: 400 }),

  // The person at the counter, the form's person, the head of household, the persons concerned
  ...personFields('applicant', 'role.notifier', '届出人（申請者）'),
  phone('applicant_phone', '届出人（申請者） 電話番号', { help: '日中に連絡のつく番号（携帯電話で可）' }),
  choice('applicant_capacity', '届出人（申請者）と対象者の関係', [['self', '本人'], ['household', '同じ世帯の方'], ['agent', '代理人（委任状あり）']], { required: true, binding: 'concerned[0].notifierCapacity' }),
  { id: 'applicant_signature', label: '届出人（申請者） 署名', type: 'signature', required: true, help: '窓口のタッチパネルに署名してください' },
  ...personFields('person', 'person', '対象者'),
  ...personFields('head', 'head', '世帯主'),
  ...concernedFields(6),
  text('concerned_1_address', '対象者1 住所', { maxLength: 120, binding: 'concerned[0].address' }),
  text('concerned_1_address_line', '対象者1 住所（方書を除く）', { maxLength: 120, binding: 'concerned[0].addressLine' }),
  text('concerned_1_katagaki', '対象者1 方書', { maxLength: 60, binding: 'concerned[0].katagaki' }),
  ...householdFields(6),

  // Moves
  date('move_date', '異動日（住所を定めた日・転出は予定日）', { required: true, binding: 'concerned[0].movedOn' }),
  text('new_address', '新しい住所', { maxLength: 120, binding: 'concerned[0].newAddressLine' }),
  text('new_katagaki', '新しい住所の方書（建物名・部屋番号）', { maxLength: 60, binding: 'concerned[0].newKatagaki' }),
  text('previous_address', '前の住所', { required: true, maxLength: 120, binding: 'concerned[0].previousAddress', help: '転入前・転居前の住所（転入届では転出証明書のとおり）' }),
  text('previous_head_name', '前の世帯主 氏名', { maxLength: 40 }),
  date('event_date', '事由が生じた日（変更・喪失の日）', { required: true }),

  // Insurance, pension, work
  choice('health_insurance_type', '加入している健康保険', [['kokuho', '国民健康保険'], ['kyokai', '協会けんぽ'], ['kumiai', '健康保険組合'], ['kyosai', '共済組合'], ['koki', '後期高齢者医療'], ['other', 'その他']]),
  text('insurer_name', '健康保険の保険者名', { maxLength: 40 }),
  text('insurance_symbol_number', '健康保険の記号・番号', { maxLength: 30 }),
  text('previous_insurance', '前に加入していた健康保険（転入前の保険）', { maxLength: 40, help: '例: 盛岡市 国民健康保険、協会けんぽ 岩手支部' }),
  choice('pension_type', '加入している年金', [['kosei', '厚生年金'], ['kyosai', '共済組合'], ['kokumin', '国民年金'], ['none', '加入していない']]),
  text('occupation', '職業', { maxLength: 30 }),
  text('workplace_name', '勤務先の名称', { maxLength: 40 }),

  // Spouse and children
  choice('has_spouse', '配偶者の有無', [['yes', '有'], ['no', '無']]),
  text('spouse_name', '配偶者 氏名', { maxLength: 40 }),
  date('spouse_birth_date', '配偶者 生年月日'),
  ...childFields(4),

  // Payments (振込先)
  text('bank_name', '振込先 金融機関名', { maxLength: 30 }),
  text('bank_branch', '振込先 本店・支店名', { maxLength: 30 }),
  choice('bank_account_type', '振込先 預金種目', [['ordinary', '普通'], ['current', '当座']]),
  text('bank_account_number', '振込先 口座番号', { maxLength: 7, ...ACCOUNT }),
  kana('bank_account_holder_kana', '振込先 口座名義（カタカナ）', { maxLength: 60 }),

  // 戸籍
  text('honseki', '本籍', { maxLength: 120 }),
  text('hittosha_name', '筆頭者の氏名', { maxLength: 40 }),
  text('cohabitation_start', '同居を始めたとき（年月）', { maxLength: 20 }),

  // Death and birth
  date('death_date', '死亡日'),
  text('death_time', '死亡時刻', { maxLength: 20, help: '例: 午後3時20分' }),
  text('death_place', '死亡したところ', { maxLength: 120 }),
  text('deceased_address', '亡くなった方の住所', { maxLength: 120, binding: 'concerned[0].address' }),
  choice('household_work', '世帯のおもな仕事', [['farming', '農業だけ、または農業とその他の仕事'], ['self_employed', '自由業・商工業・サービス業等の個人経営'], ['employee_small', '企業・個人商店等の常用勤労者（1〜99人）'], ['employee_large', '1〜3以外の常用勤労者'], ['other', '1〜4にあてはまらない仕事'], ['none', '仕事をしている者のいない世帯']]),
  date('funeral_date', '葬儀（葬祭）を行った日'),
  date('delivery_date', '出産日'),
  text('delivery_facility', '出産した医療機関', { maxLength: 40 }),
];

const all = [...definitions, ...itemFields];
export const sharedFields = new Map(all.map((def) => [def.id, def]));
if (sharedFields.size !== all.length) throw new Error('shared fields: an id is defined twice');
