/**
 * 児童扶養手当: 認定請求 (two pages: the claimant, the children and the other parent; then the household,
 * income, pension, child support, housing and the account), 額改定・変更, 資格喪失. One form per claimant.
 */
import { choice, date, number, text } from '../shared-fields.mjs';
import { bankSection, childrenTable, choiceRow, pagedForm, pairs, standardForm } from '../compose.mjs';
import { allowanceOffice as office, certificateRow, changeRows, claimant, consentRow as consent, holder } from './common-parts.mjs';

const fuyoTeate = '児童扶養手当';

const fuyoNintei = pagedForm(
  {
    id: 'jido-fuyo-teate-nintei-seikyu',
    name: '児童扶養手当 認定請求書',
    category: fuyoTeate,
    description: 'ひとり親家庭などの父・母・養育者が児童扶養手当を受けるための認定請求（2枚）。',
    perPerson: true,
    fields: [
      choice('fuyo_requirement', '支給要件', [['divorce', '父母の離婚'], ['death', '父（母）の死亡'], ['disability', '父（母）の障害'], ['unknown', '父（母）の生死不明'], ['abandoned', '遺棄'], ['protection_order', '保護命令'], ['detention', '拘禁'], ['unmarried', '婚姻によらない出生'], ['other', 'その他']], { required: true }),
      text('other_parent_name', '児童の父（母）の氏名', { maxLength: 40 }),
      date('other_parent_birth_date', '児童の父（母）の生年月日'),
      text('other_parent_address', '児童の父（母）の住所', { maxLength: 120 }),
      text('pension_details', '受けている年金の種類・額', { maxLength: 60 }),
      choice('child_support', '養育費', [['yes', '受けている'], ['no', '受けていない']]),
      number('child_support_amount', '養育費の月額（円）'),
      choice('lives_with_partner', '事実婚（同居している異性）', [['no', 'いない'], ['yes', 'いる']], { required: true }),
      choice('housing_type', '住まい', [['own', '持ち家'], ['rent', '借家・アパート'], ['public', '公営住宅'], ['relatives', '親族の家'], ['other', 'その他']]),
      number('rent_amount', '家賃の月額（円）'),
    ],
  },
  {
    dateLabel: '請求日',
    office,
    pages: [
      [
        { person: { ...claimant, relationship: true } },
        { band: '支給要件', rows: [choiceRow(13, '支給要件', 'fuyo_requirement', { labelWidth: 24 }), pairs(8, [['該当した日', 'event_date', undefined, { labelWidth: 24 }]]), choiceRow(8, '事実婚', 'lives_with_partner', { labelWidth: 24 })] },
        childrenTable('対象児童', 4),
        {
          band: '父または母',
          rows: [
            pairs(8, [['氏名', 'other_parent_name', 80, { labelWidth: 24 }], ['生年月日', 'other_parent_birth_date', undefined, { labelWidth: 18 }]]),
            pairs(9, [['住所', 'other_parent_address', undefined, { labelWidth: 24 }]]),
          ],
        },
        { applicant: { band: '請求者署名' } },
      ],
      [
        {
          table: {
            band: '同居している扶養義務者',
            rows: 5,
            continues: 'household',
            rowHeight: 8,
            columns: [
              { header: '氏名', w: 60, cell: (n) => ({ field: `household_${n}_name`, font: 'mincho', size: 11 }) },
              { header: '生年月日', w: 40, cell: (n) => ({ field: `household_${n}_birth_date`, align: 'center', size: 9.5 }) },
              { header: '続柄', w: 24, cell: (n) => ({ field: `household_${n}_relationship`, align: 'center' }) },
              { header: '前年の所得（市記入）', w: 50, size: 7.5, cell: () => ({ blank: true }) },
            ],
          },
        },
        {
          band: '所得・年金・養育費',
          rows: [
            pairs(8, [['前年の所得', 'previous_year_income', 70, { labelWidth: 24, cell: { suffix: '円' } }], ['扶養親族等の数', 'dependants_count', undefined, { labelWidth: 24, cell: { suffix: '人' } }]]),
            pairs(8, [['公的年金', { choice: 'public_pension' }, 60, { labelWidth: 24 }], ['種類・額', 'pension_details', undefined, { labelWidth: 18 }]]),
            pairs(8, [['養育費', { choice: 'child_support' }, 60, { labelWidth: 24 }], ['月額', 'child_support_amount', undefined, { labelWidth: 18, cell: { suffix: '円' } }]]),
            consent,
          ],
        },
        { band: '住まい', rows: [choiceRow(8, '住まい', 'housing_type', { labelWidth: 24 }), { h: 8, cells: [{ label: '家賃の月額', w: 24 }, { field: 'rent_amount', w: 60, suffix: '円' }, { text: '（借家・アパートの方）', size: 7.5 }] }] },
        bankSection(),
        {
          band: '添付書類',
          rows: [
            ['戸籍謄本（請求者・児童）', '振込先の通帳', '年金証書・通知書'],
            ['養育費の申告書', '離婚等の調停調書など', '賃貸借契約書の写し'],
            ['所得課税証明書（転入者）', '障害の診断書（該当者）', 'その他（　　　　　）'],
          ].map((items) => ({ h: 7, cells: items.flatMap((item, index) => [{ blank: true, w: 6 }, { text: item, size: 8, ...(index < 2 ? { w: 53 } : {}) }]) })),
        },
        { notes: ['※ 添付書類は市が確認します（✓は市の職員が記入）。', '私は、上記の記載事項に相違ないことを申し立てます。事実と異なるときは、受け取った手当を返還することを承知しています。'] },
      ],
    ],
  },
);

const fuyoHenko = standardForm(
  {
    id: 'jido-fuyo-teate-henko-todoke',
    name: '児童扶養手当 額改定請求書・変更届',
    category: fuyoTeate,
    description: '対象児童の増減（額改定）、住所・氏名・振込口座の変更などの届出。',
    perPerson: true,
    fields: [choice('fuyo_change_kind', '届出の種類', [['increase', '額改定（増額）'], ['decrease', '額改定（減額）'], ['address', '住所・氏名の変更'], ['bank', '振込口座の変更'], ['other', 'その他']], { required: true })],
  },
  {
    title: '児童扶養手当 額改定請求書・変更届',
    titleSize: 15,
    dateLabel: '請求日',
    person: holder,
    parts: [{ band: '変更', rows: [choiceRow(9, '届出の種類', 'fuyo_change_kind', { labelWidth: 24 }), certificateRow(), ...changeRows] }, childrenTable('対象児童', 2)],
    applicant: { band: '届出人' },
    office,
  },
);

const fuyoSoshitsu = standardForm(
  {
    id: 'jido-fuyo-teate-shikaku-soshitsu-todoke',
    name: '児童扶養手当 資格喪失届',
    category: fuyoTeate,
    description: '婚姻（事実婚を含む）、児童を監護しなくなった、転出などで受給資格がなくなったときの届出。',
    perPerson: true,
    fields: [choice('fuyo_loss_reason', '喪失の理由', [['marriage', '婚姻（事実婚を含む）'], ['custody_end', '児童を監護しなくなった'], ['child_age', '児童が年齢に達した'], ['move_out', '市外へ転出'], ['death', '受給者の死亡'], ['other', 'その他']], { required: true })],
  },
  {
    person: holder,
    parts: [{ band: '喪失', rows: [choiceRow(9, '喪失の理由', 'fuyo_loss_reason', { labelWidth: 24 }), certificateRow(), pairs(8, [['新しい住所', 'new_address', undefined, { labelWidth: 24 }]])] }],
    applicant: { band: '届出人' },
    notes: ['※ 資格がなくなった後に受け取った手当は、返還していただくことになります。'],
    office,
  },
);

export const jidoFuyoTeateForms = [fuyoNintei, fuyoHenko, fuyoSoshitsu];
