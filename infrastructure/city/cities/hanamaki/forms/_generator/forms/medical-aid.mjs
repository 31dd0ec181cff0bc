/**
 * 医療費助成 (子ども・ひとり親家庭・妊産婦・重度心身障害者: one registration form and one change form,
 * the kind chosen on the form) and 母子保健 (妊婦健康診査受診票の交換, 低体重児の届出).
 */
import { choice, number, text } from '../shared-fields.mjs';
import { choiceRow, pairs, standardForm } from '../compose.mjs';

const category = '医療費助成';
const boshi = '母子保健';
const office = { items: ['受給者証', '台帳', '審査', '決裁'] };
const insuranceRows = [
  choiceRow(9, '健康保険', 'health_insurance_type', { labelWidth: 24 }),
  pairs(8, [['保険者名', 'insurer_name', 80, { labelWidth: 24 }], ['記号・番号', 'insurance_symbol_number', undefined, { labelWidth: 18 }]]),
];

const shinsei = standardForm(
  {
    id: 'iryohi-josei-shinsei',
    name: '医療費助成 受給資格登録申請書',
    category,
    description: '子ども・ひとり親家庭・妊産婦・重度心身障害者の医療費助成の受給資格の登録（受給者証の交付）の申請。助成を受ける方1人ごとに1枚。',
    perPerson: true,
    fields: [
      text('insured_person_name', '健康保険の被保険者（加入者）の氏名', { maxLength: 40 }),
    ],
  },
  {
    dateLabel: '申請日',
    parts: [
      { rows: [choiceRow(9, '助成の種類', 'josei_kind', { labelWidth: 24 })] },
      { person: { band: '受給者', who: 'person', relationship: true } },
      { band: '健康保険', rows: [...insuranceRows, pairs(8, [['被保険者の氏名', 'insured_person_name', undefined, { labelWidth: 24 }]])] },
      {
        rows: [
          pairs(8, [['出産予定日（妊産婦）', 'due_date', undefined, { labelWidth: 34 }]]),
          choiceRow(8, '障害者手帳（重度心身障害者）', 'techo_kind', { labelWidth: 34 }),
          pairs(8, [['手帳番号・等級', 'techo_number', undefined, { labelWidth: 34 }]]),
        ],
      },
      { rows: [{ h: 8, cells: [{ label: '同意', w: 24 }, { check: 'consent_income_inquiry', text: '受給資格の審査のため、所得・課税状況、健康保険の資格などを市が調べることに同意します。' }] }] },
    ],
    applicant: { band: '保護者・申請者' },
    notes: ['※ 子どもの医療費助成は、18歳到達後最初の3月31日まで（高校生等は花巻市独自の助成）。出生日・転入日から助成を受けるには、速やかに申請してください。'],
    office,
  },
);

const henko = standardForm(
  {
    id: 'iryohi-josei-henko-todoke',
    name: '医療費助成 変更・資格喪失届',
    category,
    description: '医療費助成の受給者の住所・氏名・健康保険の変更、または資格喪失（転出・死亡・婚姻など）の届出。',
    perPerson: true,
    fields: [
      choice('josei_change_kind', '届出の内容', [['address', '住所'], ['name', '氏名'], ['insurance', '健康保険'], ['lose', '資格喪失（転出・死亡・婚姻など）'], ['other', 'その他']], { required: true }),
    ],
  },
  {
    parts: [
      { rows: [choiceRow(9, '助成の種類', 'josei_kind', { labelWidth: 24 })] },
      { person: { band: '受給者', who: 'person', phone: true } },
      {
        band: '変更',
        rows: [
          pairs(8, [['受給者番号', 'jukyusha_number', 70, { labelWidth: 24 }], ['変更日', 'event_date', undefined, { labelWidth: 18 }]]),
          choiceRow(9, '届出の内容', 'josei_change_kind', { labelWidth: 24 }),
          pairs(8, [['変更前', 'change_before', undefined, { labelWidth: 24 }]]),
          pairs(8, [['変更後', 'change_after', undefined, { labelWidth: 24 }]]),
          ...insuranceRows,
        ],
      },
    ],
    applicant: { band: '届出人' },
    notes: ['※ 受給者証をお持ちください。資格がなくなった後に受給者証を使って受診したときは、助成した医療費を返還していただきます。'],
    office,
  },
);

const ninpuKenshin = standardForm(
  {
    id: 'ninpu-kenshin-jushinhyo-kokan',
    name: '妊婦健康診査受診票 交換申請書',
    category: boshi,
    description: '転入した妊婦の方が、前住所地の妊婦健康診査受診票を花巻市の受診票に交換するための申請（健康づくり課）。',
    fields: [number('used_tickets', '使用済みの受診票の枚数'), text('boshi_techo_issuer', '母子健康手帳を交付した市区町村', { maxLength: 40 })],
  },
  {
    dateLabel: '申請日',
    parts: [
      { person: { band: '妊婦', who: 'applicant', phone: true } },
      {
        band: '妊娠・受診',
        rows: [
          pairs(8, [['出産予定日', 'due_date', 60, { labelWidth: 24 }], ['前住所地', 'previous_municipality', undefined, { labelWidth: 18 }]]),
          pairs(8, [['手帳の交付', 'boshi_techo_issuer', 90, { labelWidth: 24 }], ['使用済み', 'used_tickets', undefined, { labelWidth: 18, cell: { suffix: '枚' } }]]),
          pairs(8, [['受診する医療機関', 'hospital_name', undefined, { labelWidth: 24, labelSize: 7.5 }]]),
        ],
      },
    ],
    applicant: { band: '申請者署名', capacity: false, address: false },
    notes: ['※ 母子健康手帳と、前住所地の受診票（未使用分）をお持ちください。'],
    office: { items: ['受診票交付', '台帳', '決裁'] },
  },
);

const teitaijuji = standardForm(
  {
    id: 'teitaijuji-todoke',
    name: '低体重児届出書',
    category: boshi,
    description: '体重2,500グラム未満で生まれた子の届出（母子保健法第18条、健康づくり課）。',
    perPerson: true,
    fields: [number('birth_weight', '出生時の体重（グラム）', { required: true }), text('child_status_now', '現在の状況（入院中・退院など）', { maxLength: 60 })],
  },
  {
    intro: '母子保健法第18条の規定により、次のとおり届け出ます。',
    person: { band: '子', who: 'person' },
    parts: [
      {
        band: '出生',
        rows: [
          pairs(8, [['出生時の体重', 'birth_weight', 60, { labelWidth: 24, cell: { suffix: 'グラム' } }], ['妊娠週数', 'gestation_weeks', undefined, { labelWidth: 18, cell: { suffix: '週' } }]]),
          pairs(8, [['出生した場所', 'delivery_facility', undefined, { labelWidth: 24 }]]),
          pairs(8, [['現在の状況', 'child_status_now', 80, { labelWidth: 24 }], ['入院先', 'hospital_name', undefined, { labelWidth: 18 }]]),
          pairs(8, [['父の氏名', 'father_name', 80, { labelWidth: 24 }], ['母の氏名', 'mother_name', undefined, { labelWidth: 18 }]]),
        ],
      },
    ],
    applicant: { band: '保護者' },
    notes: ['※ 届出の後、保健師などがご家庭を訪問し、お子さんの発育などの相談に応じます。'],
    office: { items: ['訪問', '台帳', '決裁'] },
  },
);

export const medicalAidForms = [shinsei, henko, ninpuKenshin, teitaijuji];
