/**
 * 国民健康保険: the 資格取得・喪失・異動届 (per household, the persons in a table), 出産育児一時金, 葬祭費,
 * 高齢受給者証, 資格確認書等の再交付, 限度額適用・標準負担額減額認定.
 */
import { checkbox, choice, number, text } from '../shared-fields.mjs';
import { individualNumberCell } from '../blocks.mjs';
import { bankSection, choiceRow, pairs, standardForm } from '../compose.mjs';

const kokuho = '国民健康保険';
const kokuhoOffice = { items: ['資格', '保険税', '資格確認書', '高齢受給者証', '審査', '決裁'] };
const head = { band: '世帯主', who: 'head', phone: true, individualNumber: true };
const person = { band: '被保険者', who: 'person', phone: true, individualNumber: true };

const shikakuTodoke = standardForm(
  {
    id: 'kokuho-shikaku-todoke',
    name: '国民健康保険 資格取得・喪失・異動届',
    category: kokuho,
    description: '国民健康保険の加入（資格取得）・脱退（資格喪失）・住所や世帯主などの変更の届出。世帯ごとに1枚、対象の方を5人まで記入し、6人目からは続紙に続けます。',
    fields: [
      choice('kokuho_event_kind', '届出の種類', [['acquire', '加入（資格取得）'], ['lose', '脱退（資格喪失）'], ['change', '変更（住所・氏名・世帯主）'], ['elderly', '高齢受給者証'], ['other', 'その他']], { required: true }),
      choice('kokuho_reason', '届出の理由', [['move_in', '転入'], ['left_employment', '勤務先の保険をやめた'], ['birth', '出生'], ['welfare_end', '生活保護の廃止'], ['move_out', '転出'], ['joined_employment', '勤務先の保険に加入'], ['death', '死亡'], ['welfare_start', '生活保護の開始'], ['address', '住所変更'], ['name', '氏名変更'], ['head', '世帯主変更'], ['other', 'その他']], { required: true }),
    ],
  },
  {
    subtitle: '（加入・脱退・変更）',
    person: head,
    parts: [
      {
        band: '届出',
        rows: [
          choiceRow(8, '届出の種類', 'kokuho_event_kind', { labelWidth: 24 }),
          choiceRow(13, '届出の理由', 'kokuho_reason', { labelWidth: 24 }),
          pairs(8, [['異動日', 'event_date', 60, { labelWidth: 24 }], ['前の健康保険', 'previous_insurance', undefined, { labelWidth: 24 }]]),
          pairs(8, [['加入した保険', 'insurer_name', 70, { labelWidth: 24 }], ['記号・番号', 'insurance_symbol_number', undefined, { labelWidth: 20 }]]),
        ],
      },
      {
        table: {
          band: '対象の方',
          rowHeight: 8,
          headerHeight: 8,
          rows: 5,
          continues: 'concerned',
          columns: [
            { header: 'フリガナ／氏名', w: 56, cell: (n) => ({ stack: [{ h: 3.6, field: `concerned_${n}_kana`, size: 7 }, { field: `concerned_${n}_name`, size: 11, font: 'mincho' }] }) },
            { header: '生年月日', w: 32, cell: (n) => ({ field: `concerned_${n}_birth_date`, size: 9, align: 'center' }) },
            { header: '性別', w: 9, cell: (n) => ({ field: `concerned_${n}_sex`, align: 'center' }) },
            { header: '続柄', w: 17, cell: (n) => ({ field: `concerned_${n}_relationship`, align: 'center', size: 9 }) },
            { header: '個人番号', w: 40, cell: (n) => individualNumberCell(`concerned_${n}_individual_number`) },
            { header: '被保険者番号（市記入）', w: 20, size: 7, cell: () => ({ blank: true }) },
          ],
        },
      },
    ],
    notes: ['※ 勤務先の健康保険をやめたときは「資格喪失証明書」、加入したときは新しい保険の資格確認書などをお持ちください。', '※ 届出が遅れても、資格を得た月にさかのぼって保険税がかかります。'],
    office: { ...kokuhoOffice, atena: 'head_atena_number' },
  },
);

const shussanIkuji = standardForm(
  {
    id: 'kokuho-shussan-ikuji-ichijikin-shinsei',
    name: '国民健康保険 出産育児一時金支給申請書',
    category: kokuho,
    description: '国民健康保険の被保険者が出産したときの出産育児一時金の申請（出産の翌日から2年以内）。',
    fields: [
      text('insured_mother_name', '出産した被保険者の氏名', { maxLength: 40 }),
      number('birth_count', '出生児数'),
      choice('direct_payment', '直接支払制度の利用', [['yes', '利用した'], ['no', '利用していない']], { required: true }),
      number('delivery_cost', '出産費用（円）'),
    ],
  },
  {
    title: '国民健康保険 出産育児一時金支給申請書',
    titleSize: 15,
    dateLabel: '申請日',
    person: { ...head, band: '世帯主（申請者）' },
    parts: [
      {
        band: '出産',
        rows: [
          pairs(9, [['出産した方', 'insured_mother_name', 70, { labelWidth: 24, cell: { font: 'mincho', size: 12 } }], ['生まれた子', 'concerned_1_name', undefined, { labelWidth: 22, cell: { font: 'mincho', size: 12 } }]]),
          pairs(8, [['出産日', 'delivery_date', 50, { labelWidth: 24 }], ['出生児数', 'birth_count', 20, { labelWidth: 18, cell: { suffix: '人' } }], ['妊娠週数', 'gestation_weeks', undefined, { labelWidth: 18, cell: { suffix: '週' } }]]),
          pairs(8, [['出産した医療機関', 'delivery_facility', undefined, { labelWidth: 24, labelSize: 7.5 }]]),
          pairs(9, [['直接支払制度', { choice: 'direct_payment' }, 70, { labelWidth: 24 }], ['出産費用', 'delivery_cost', undefined, { labelWidth: 22, cell: { suffix: '円' } }]]),
        ],
      },
      bankSection(),
    ],
    applicant: { band: '窓口に来た方' },
    notes: ['※ 直接支払制度を利用し、出産費用が支給額より少なかったときは、差額を支給します。医療機関の領収・明細書をお持ちください。'],
    office: kokuhoOffice,
  },
);

const sosaihi = standardForm(
  {
    id: 'kokuho-sosaihi-shinsei',
    name: '国民健康保険 葬祭費支給申請書',
    category: kokuho,
    description: '国民健康保険の被保険者が亡くなり、葬祭を行った方（喪主）への葬祭費の申請（葬儀の翌日から2年以内）。',
    perPerson: true,
  },
  {
    dateLabel: '申請日',
    person: { band: '亡くなった方', who: 'person', relationship: true },
    parts: [
      {
        band: '葬祭',
        rows: [
          pairs(8, [['死亡日', 'death_date', 60, { labelWidth: 24 }], ['葬儀を行った日', 'funeral_date', undefined, { labelWidth: 26 }]]),
          pairs(8, [['記号・番号', 'insurance_symbol_number', 60, { labelWidth: 24 }], ['喪主との続柄', 'mourner_relationship', undefined, { labelWidth: 26 }]]),
        ],
      },
      bankSection('喪主の口座'),
    ],
    applicant: { band: '申請者（喪主）' },
    notes: ['※ 会葬礼状や葬儀の領収書など、喪主の方がわかるものをお持ちください。'],
    office: kokuhoOffice,
  },
);

const koreiJukyusha = standardForm(
  {
    id: 'kokuho-koreijukyusha-kofu-shinsei',
    name: '国民健康保険 高齢受給者証交付申請書',
    category: kokuho,
    description: '70歳から74歳の国民健康保険の被保険者の高齢受給者証（自己負担割合）の交付・再交付の申請。',
    perPerson: true,
    fields: [choice('elderly_card_reason', '申請の理由', [['turning70', '70歳になる'], ['move_in', '転入・加入'], ['reissue', '紛失・破損による再交付'], ['other', 'その他']], { required: true })],
  },
  {
    dateLabel: '申請日',
    person,
    parts: [{ band: '申請', rows: [choiceRow(9, '申請の理由', 'elderly_card_reason', { labelWidth: 24 }), pairs(8, [['記号・番号', 'insurance_symbol_number', undefined, { labelWidth: 24 }]])] }],
    applicant: { band: '申請者' },
    notes: ['※ 自己負担の割合（2割・3割）は、前年の所得により判定します。資格確認書・資格情報のお知らせに割合を記載する場合があります。'],
    office: kokuhoOffice,
  },
);

const saikofu = standardForm(
  {
    id: 'kokuho-shikaku-kakuninsho-saikofu-shinsei',
    name: '国民健康保険 資格確認書等再交付申請書',
    category: kokuho,
    description: '国民健康保険の資格確認書・高齢受給者証などを紛失・破損したときの再交付の申請。',
    perPerson: true,
    fields: [
      choice('reissue_reason', '再交付の理由', [['lost', '紛失'], ['damaged', '破損・汚損'], ['stolen', '盗難'], ['other', 'その他']], { required: true }),
      checkbox('reissue_elderly_card', '高齢受給者証もあわせて再交付'),
    ],
  },
  {
    title: '国民健康保険 資格確認書等再交付申請書',
    titleSize: 15,
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '再交付',
        rows: [
          choiceRow(9, '再交付の理由', 'reissue_reason', { labelWidth: 24 }),
          pairs(8, [['記号・番号', 'insurance_symbol_number', 60, { labelWidth: 24 }], ['あわせて', { check: 'reissue_elderly_card', text: '高齢受給者証も再交付' }, undefined, { labelWidth: 18 }]]),
        ],
      },
    ],
    applicant: { band: '申請者' },
    office: kokuhoOffice,
  },
);

const gendogaku = standardForm(
  {
    id: 'kokuho-gendogaku-nintei-shinsei',
    name: '国民健康保険 限度額適用・標準負担額減額認定申請書',
    category: kokuho,
    description: '入院などで医療費が高額になるときに、窓口での支払いを限度額までにする認定証の申請。',
    perPerson: true,
  },
  {
    title: '国民健康保険 限度額適用・標準負担額減額認定申請書',
    titleSize: 13,
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '療養',
        rows: [
          pairs(8, [['記号・番号', 'insurance_symbol_number', 60, { labelWidth: 24 }], ['世帯主', 'head_name', undefined, { labelWidth: 18 }]]),
          pairs(8, [['入院先', 'hospital_name', 100, { labelWidth: 24 }], ['入院日', 'admission_date', undefined, { labelWidth: 18 }]]),
          { h: 8, cells: [{ label: '長期入院', w: 24 }, { check: 'long_term_admission', text: '過去12か月の入院日数が90日を超える（住民税非課税世帯の方）' }] },
        ],
      },
    ],
    applicant: { band: '申請者' },
    notes: ['※ マイナ保険証で受診する場合は、この申請は不要です（医療機関で限度額の情報が確認できます）。'],
    office: kokuhoOffice,
  },
);

export const kokuhoForms = [shikakuTodoke, shussanIkuji, sosaihi, koreiJukyusha, saikofu, gendogaku];
