/**
 * 保育: 教育・保育給付認定申請 兼 利用申込 (two dense pages), 認定の変更, 退所. One form per child.
 */
import { choice, date, multiline, text } from '../shared-fields.mjs';
import { choiceRow, pagedForm, pairs, standardForm } from '../compose.mjs';

const hoiku = '保育';
const hoikuOffice = { items: ['認定', '利用調整', '内定', '審査', '決裁'] };
const reasons = [['work', '就労'], ['pregnancy', '妊娠・出産'], ['illness', '疾病・障害'], ['care', '介護・看護'], ['disaster', '災害復旧'], ['job_seeking', '求職活動'], ['study', '就学'], ['abuse', '虐待・DV'], ['other', 'その他']];
const parents = [
  ['father', '父'],
  ['mother', '母'],
];
const parentFields = parents.flatMap(([side, who]) => [
  choice(`${side}_hoiku_reason`, `保育が必要な理由（${who}）`, reasons),
  text(`${side}_workplace`, `${who}の勤務先・学校`, { maxLength: 60 }),
  text(`${side}_work_hours`, `${who}の就労日・時間`, { maxLength: 40, help: '例: 月〜金 8:30〜17:30' }),
]);
const facilityFields = [1, 2, 3, 4, 5].flatMap((n) => [text(`facility_${n}`, `希望する施設（第${n}希望）`, { maxLength: 40 }), text(`facility_${n}_reason`, `第${n}希望の理由`, { maxLength: 60 })]);
const both = (label, cell, h) => ({ h, cells: [{ label, w: 24 }, { ...cell('father'), w: 77.5 }, cell('mother')] });

const nyusho = pagedForm(
  {
    id: 'hoiku-nyusho-moshikomi',
    name: '教育・保育給付認定申請書 兼 保育施設等利用申込書',
    category: hoiku,
    description: '保育園・認定こども園・小規模保育などを利用するための教育・保育給付認定の申請と利用の申込み（2枚、子ども1人ごと）。',
    perPerson: true,
    fields: [
      choice('hoiku_nintei_kind', '認定の区分', [['1', '1号（教育・3歳以上）'], ['2', '2号（保育・3歳以上）'], ['3', '3号（保育・3歳未満）']], { required: true }),
      date('hoiku_start_date', '利用開始の希望日', { required: true }),
      choice('hoiku_hours', '保育の必要量', [['standard', '保育標準時間（11時間まで）'], ['short', '保育短時間（8時間まで）']]),
      ...facilityFields,
      ...parentFields,
      multiline('grandparents_situation', '祖父母の状況（同居・近居、年齢、就労など）', { maxLength: 200 }),
      choice('child_allergy', '食物アレルギー', [['none', 'なし'], ['yes', 'あり']]),
      choice('child_special_needs', '発達・障害などで配慮が必要', [['none', 'なし'], ['yes', 'あり']]),
      text('siblings_in_childcare', '在園中・同時に申し込むきょうだい', { maxLength: 60 }),
      choice('welfare_status', '生活保護', [['no', '受けていない'], ['yes', '受けている']]),
    ],
  },
  {
    title: '教育・保育給付認定申請書 兼 保育施設等利用申込書',
    titleSize: 13,
    dateLabel: '申請日',
    intro: '子ども・子育て支援法の規定により、教育・保育給付認定を申請し、あわせて保育施設等の利用を申し込みます。',
    office: { ...hoikuOffice, extraRows: [{ h: 7, cells: [{ label: '利用調整', w: 16 }, { text: '基本指数　　　　調整指数　　　　合計　　　　　順位', size: 8 }] }] },
    pages: [
      [
        { person: { band: '子ども', who: 'person' } },
        {
          band: '認定・利用',
          rows: [
            choiceRow(8, '認定の区分', 'hoiku_nintei_kind', { labelWidth: 24 }),
            pairs(8, [['利用開始希望日', 'hoiku_start_date', undefined, { labelWidth: 24 }]]),
            choiceRow(8, '保育の必要量', 'hoiku_hours', { labelWidth: 24 }),
            pairs(8, [['現在の施設', 'current_facility', 80, { labelWidth: 24 }], ['認定番号', 'hoiku_nintei_number', undefined, { labelWidth: 18 }]]),
          ],
        },
        {
          table: {
            band: '希望する施設',
            rows: 5,
            rowHeight: 7,
            numbered: false,
            columns: [
              { header: '順位', w: 12, cell: (n) => ({ text: `第${n}希望`, size: 7.5, align: 'center' }) },
              { header: '施設名', w: 70, cell: (n) => ({ field: `facility_${n}` }) },
              { header: '希望する理由（自宅・勤務先から近い、きょうだいが在園 など）', w: 97, size: 7, cell: (n) => ({ field: `facility_${n}_reason`, size: 9 }) },
            ],
          },
        },
        {
          band: '保育が必要な理由',
          rows: [
            { h: 5.5, cells: [{ label: '', w: 24 }, { label: '父', w: 77.5 }, { label: '母' }] },
            both('理由', (side) => ({ choice: `${side}_hoiku_reason` }), 18),
            both('勤務先・学校', (side) => ({ field: `${side}_workplace`, size: 9 }), 8),
            both('就労日・時間', (side) => ({ field: `${side}_work_hours`, size: 9 }), 8),
          ],
        },
        { person: { band: '保護者', who: 'applicant', phone: true } },
        {
          notes: [
            '※ 保育が必要な理由を確認する書類（就労証明書、診断書、母子健康手帳の写しなど）を、父母それぞれについて添えてください。',
            '※ 施設は、送迎ができる範囲でできるだけ多く記入してください。利用調整の結果、希望に添えないことがあります。',
            '※ 申込み後に世帯の状況や就労の状況が変わったときは、変更の届出をしてください。',
          ],
        },
      ],
      [
        {
          table: {
            band: '世帯の状況',
            rows: 6,
            continues: 'household',
            rowHeight: 7.5,
            columns: [
              { header: '氏名', w: 52, cell: (n) => ({ field: `household_${n}_name`, font: 'mincho', size: 10.5 }) },
              { header: '続柄', w: 20, cell: (n) => ({ field: `household_${n}_relationship`, align: 'center', size: 9 }) },
              { header: '生年月日', w: 36, cell: (n) => ({ field: `household_${n}_birth_date`, align: 'center', size: 9 }) },
              { header: '職業・勤務先・学校名（きょうだいは園名・学年）', w: 66, size: 7, cell: () => ({ blank: true }) },
            ],
          },
        },
        { band: '祖父母', rows: [pairs(16, [['祖父母の状況', 'grandparents_situation', undefined, { labelWidth: 24, cell: { valign: 'top', size: 9 } }]])] },
        {
          band: '子どもの状況',
          rows: [
            pairs(16, [['健康・配慮', 'child_situation', undefined, { labelWidth: 24, cell: { valign: 'top', size: 9 } }]]),
            pairs(8, [['アレルギー', { choice: 'child_allergy' }, 50, { labelWidth: 24 }], ['発達・障害の配慮', { choice: 'child_special_needs' }, undefined, { labelWidth: 28 }]]),
            pairs(8, [['きょうだい', 'siblings_in_childcare', undefined, { labelWidth: 24 }]]),
          ],
        },
        {
          rows: [
            pairs(8, [['生活保護', { choice: 'welfare_status' }, undefined, { labelWidth: 24 }]]),
            { h: 8, cells: [{ label: '同意', w: 24 }, { check: 'consent_income_inquiry', text: '認定・利用調整・利用者負担額の決定のため、世帯の課税状況などを市が調べることに同意します。' }] },
          ],
        },
        { applicant: { band: '申請者署名', address: false } },
      ],
    ],
  },
);

const henko = standardForm(
  {
    id: 'hoiku-nintei-henko-todoke',
    name: '教育・保育給付認定 変更申請書・変更届',
    category: hoiku,
    description: '住所・世帯の状況・保育が必要な理由・保育の必要量・利用施設（転園）などが変わったときの申請・届出。',
    perPerson: true,
    fields: [
      choice('hoiku_change_kind', '変更の内容', [['address', '住所'], ['household', '世帯の状況'], ['reason', '保育が必要な理由'], ['hours', '保育の必要量'], ['facility', '利用施設（転園）'], ['other', 'その他']], { required: true }),
    ],
  },
  {
    title: '教育・保育給付認定 変更申請書・変更届',
    titleSize: 15,
    dateLabel: '申請日',
    person: { band: '子ども', who: 'person' },
    parts: [
      {
        band: '変更',
        rows: [
          pairs(8, [['認定番号', 'hoiku_nintei_number', 60, { labelWidth: 24 }], ['利用中の施設', 'current_facility', undefined, { labelWidth: 22 }]]),
          choiceRow(9, '変更の内容', 'hoiku_change_kind', { labelWidth: 24 }),
          pairs(8, [['変更日', 'event_date', undefined, { labelWidth: 24 }]]),
          pairs(8, [['変更前', 'change_before', undefined, { labelWidth: 24 }]]),
          pairs(8, [['変更後', 'change_after', undefined, { labelWidth: 24 }]]),
        ],
      },
    ],
    applicant: { band: '保護者' },
    office: hoikuOffice,
  },
);

const taisho = standardForm(
  {
    id: 'hoiku-taisho-todoke',
    name: '保育施設等退所届',
    category: hoiku,
    description: '転出・幼稚園への入園・家庭での保育などで保育施設等を退所するときの届出（退所する月の前月末まで）。',
    perPerson: true,
    fields: [
      date('withdrawal_date', '退所（予定）日', { required: true }),
      choice('withdrawal_reason', '退所の理由', [['move_out', '市外へ転出'], ['kindergarten', '幼稚園などへ入園'], ['home', '家庭で保育'], ['other', 'その他']], { required: true }),
    ],
  },
  {
    person: { band: '子ども', who: 'person' },
    parts: [
      {
        band: '退所',
        rows: [
          pairs(8, [['利用中の施設', 'current_facility', 90, { labelWidth: 24 }], ['退所日', 'withdrawal_date', undefined, { labelWidth: 16 }]]),
          choiceRow(9, '退所の理由', 'withdrawal_reason', { labelWidth: 24 }),
          pairs(8, [['転出先の住所', 'new_address', undefined, { labelWidth: 24 }]]),
        ],
      },
    ],
    applicant: { band: '保護者' },
    office: hoikuOffice,
  },
);

export const childcareForms = [nyusho, henko, taisho];
