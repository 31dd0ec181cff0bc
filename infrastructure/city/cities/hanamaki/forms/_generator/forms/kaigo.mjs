/**
 * 介護保険: 資格取得・異動・喪失届, 要介護認定申請 (with the 受給資格証明書 of a move-in), 被保険者証の返還,
 * 負担限度額認定. One form per insured person.
 */
import { checkbox, choice, number, text } from '../shared-fields.mjs';
import { choiceRow, pairs, standardForm } from '../compose.mjs';
import { addressRows } from './common-parts.mjs';

const kaigo = '介護保険';
const person = { band: '被保険者', who: 'person', phone: true, individualNumber: true };
const kaigoOffice = { items: ['資格', '保険料', '被保険者証', '審査', '決裁'] };
const careLevels = [['shien1', '要支援1'], ['shien2', '要支援2'], ['kaigo1', '要介護1'], ['kaigo2', '要介護2'], ['kaigo3', '要介護3'], ['kaigo4', '要介護4'], ['kaigo5', '要介護5']];

const kaigoShikaku = standardForm(
  {
    id: 'kaigo-shikaku-todoke',
    name: '介護保険 資格取得・異動・喪失届',
    category: kaigo,
    description: '65歳以上の方などの介護保険の資格取得（転入）、住所・氏名の変更、資格喪失（転出・死亡）の届出。',
    perPerson: true,
    fields: [
      choice('kaigo_event_kind', '届出の種類', [['acquire', '資格取得'], ['change', '異動（住所・氏名）'], ['lose', '資格喪失']], { required: true }),
      choice('kaigo_reason', '届出の理由', [['move_in', '転入'], ['address', '転居'], ['name', '氏名変更'], ['move_out', '転出'], ['death', '死亡'], ['facility', '住所地特例（施設への入所・退所）'], ['other', 'その他']], { required: true }),
      checkbox('kaigo_certified', '要介護・要支援の認定を受けている（受給資格証明書あり）', { binding: 'answers.kaigo_certified' }),
    ],
  },
  {
    person,
    parts: [
      {
        band: '届出',
        rows: [
          choiceRow(8, '届出の種類', 'kaigo_event_kind', { labelWidth: 24 }),
          choiceRow(9, '届出の理由', 'kaigo_reason', { labelWidth: 24 }),
          pairs(8, [['被保険者番号', 'kaigo_insured_number', 60, { labelWidth: 24, cell: { comb: 10, align: 'center' } }], ['異動日', 'event_date', undefined, { labelWidth: 20 }]]),
          ...addressRows,
          { h: 8, cells: [{ label: '認定', w: 24 }, { check: 'kaigo_certified', text: '要介護・要支援の認定を受けている（前住所地の受給資格証明書を提出）' }] },
        ],
      },
    ],
    notes: ['※ 前住所地で要介護・要支援の認定を受けていた方は、転入した日から14日以内に受給資格証明書を提出すると、認定が引き継がれます。'],
    office: kaigoOffice,
  },
);

const kaigoNintei = standardForm(
  {
    id: 'kaigo-nintei-shinsei',
    name: '介護保険 要介護認定・要支援認定申請書',
    category: kaigo,
    description: '要介護・要支援認定の申請。転入した方は前住所地の受給資格証明書を添えて、認定を引き継ぎます。',
    perPerson: true,
    fields: [
      choice('kaigo_application_kind', '申請の区分', [['new', '新規'], ['renewal', '更新'], ['change', '区分変更'], ['transfer', '転入（受給資格証明書による）']], { required: true }),
      choice('previous_care_level', '前回の要介護状態区分', careLevels),
      text('certification_period', '前回の認定の有効期間', { maxLength: 40 }),
      text('doctor_name', '主治医の氏名', { maxLength: 40 }),
      text('care_manager_office', '居宅介護支援事業者（ケアマネジャー）', { maxLength: 60 }),
    ],
  },
  {
    title: '介護保険 要介護認定・要支援認定申請書',
    titleSize: 15,
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '申請',
        rows: [
          choiceRow(8, '申請の区分', 'kaigo_application_kind', { labelWidth: 26 }),
          pairs(8, [['被保険者番号', 'kaigo_insured_number', 60, { labelWidth: 26, cell: { comb: 10, align: 'center' } }], ['前住所地', 'previous_municipality', undefined, { labelWidth: 18 }]]),
          choiceRow(9, '前回の要介護度', 'previous_care_level', { labelWidth: 26 }),
          pairs(8, [['前回の有効期間', 'certification_period', undefined, { labelWidth: 26 }]]),
        ],
      },
      {
        band: '主治医・事業者',
        rows: [
          pairs(8, [['主治医', 'doctor_name', 60, { labelWidth: 26 }], ['医療機関', 'hospital_name', undefined, { labelWidth: 18 }]]),
          pairs(8, [['居宅介護支援事業者', 'care_manager_office', undefined, { labelWidth: 26, labelSize: 7.5 }]]),
          pairs(8, [['医療保険\n（40〜64歳）', 'insurer_name', 70, { labelWidth: 26, labelSize: 7.5 }], ['記号・番号', 'insurance_symbol_number', undefined, { labelWidth: 18 }]]),
        ],
      },
    ],
    applicant: { band: '申請者' },
    notes: ['※ 受給資格証明書による申請は、転入した日から14日以内に限り、前住所地の認定を引き継ぎます（審査会は開きません）。'],
    office: kaigoOffice,
  },
);

const henkan = standardForm(
  {
    id: 'kaigo-hihokenshasho-henkan-todoke',
    name: '介護保険 被保険者証等返還届',
    category: kaigo,
    description: '転出・死亡などで介護保険の資格がなくなったときに、被保険者証などを返還する届出。',
    perPerson: true,
    fields: [
      choice('kaigo_return_reason', '返還の理由', [['move_out', '転出'], ['death', '死亡'], ['other', 'その他']], { required: true }),
      checkbox('returned_futan_wariai', '負担割合証'),
      checkbox('returned_gendogaku', '負担限度額認定証'),
    ],
  },
  {
    person: { band: '被保険者', who: 'person', individualNumber: true },
    parts: [
      {
        band: '返還',
        rows: [
          choiceRow(8, '返還の理由', 'kaigo_return_reason', { labelWidth: 24 }),
          pairs(8, [['被保険者番号', 'kaigo_insured_number', 60, { labelWidth: 24, cell: { comb: 10, align: 'center' } }], ['事由が生じた日', 'event_date', undefined, { labelWidth: 24 }]]),
          { h: 8, cells: [{ label: 'あわせて返還', w: 24 }, { text: '介護保険被保険者証', w: 40 }, { check: 'returned_futan_wariai', text: '負担割合証', w: 34 }, { check: 'returned_gendogaku', text: '負担限度額認定証' }] },
        ],
      },
    ],
    notes: ['※ 要介護・要支援の認定を受けている方が転出するときは、受給資格証明書を交付します。転出先に14日以内に提出してください。'],
    office: kaigoOffice,
  },
);

const futanGendogaku = standardForm(
  {
    id: 'kaigo-futan-gendogaku-nintei-shinsei',
    name: '介護保険 負担限度額認定申請書',
    category: kaigo,
    description: '介護保険施設の入所やショートステイの食費・居住費の負担を軽くする認定の申請。',
    perPerson: true,
    fields: [
      number('savings_amount', '預貯金等の合計額（円）'),
      choice('non_taxable_pension', '非課税年金の受給', [['none', '受けていない'], ['survivor', '遺族年金'], ['disability', '障害年金']]),
    ],
  },
  {
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '施設',
        rows: [pairs(8, [['被保険者番号', 'kaigo_insured_number', 60, { labelWidth: 24, cell: { comb: 10, align: 'center' } }], ['入所日', 'admission_date', undefined, { labelWidth: 20 }]]), pairs(8, [['入所した施設', 'hospital_name', undefined, { labelWidth: 24 }]])],
      },
      {
        band: '配偶者・資産',
        rows: [
          pairs(8, [['配偶者の有無', { choice: 'has_spouse' }, 40, { labelWidth: 24 }], ['配偶者', 'spouse_name', undefined, { labelWidth: 18 }]]),
          pairs(8, [['配偶者生年月日', 'spouse_birth_date', 60, { labelWidth: 24, labelSize: 7.5 }], ['預貯金等', 'savings_amount', undefined, { labelWidth: 18, cell: { suffix: '円' } }]]),
          choiceRow(8, '非課税年金', 'non_taxable_pension', { labelWidth: 24 }),
          { h: 8, cells: [{ label: '同意', w: 24 }, { check: 'consent_income_inquiry', text: '預貯金・所得・課税状況を市が金融機関等に照会することに同意する' }] },
        ],
      },
    ],
    applicant: { band: '申請者' },
    notes: ['※ 本人と配偶者の預貯金等の通帳の写しを添えてください。'],
    office: kaigoOffice,
  },
);

export const kaigoForms = [kaigoShikaku, kaigoNintei, henkan, futanGendogaku];
