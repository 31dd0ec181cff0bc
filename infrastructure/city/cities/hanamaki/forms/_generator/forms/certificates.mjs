/**
 * 証明書交付: 住民票の写し等, 戸籍証明書等, 税務証明 (所得・課税), and the 委任状 an agent brings.
 * The person the certificate is about is the visit's first person concerned.
 */
import { checkbox, choice, multiline, number, phone, text } from '../shared-fields.mjs';
import { addressCell, addressRowHeight } from '../blocks.mjs';
import { choiceRow, pairs, standardForm } from '../compose.mjs';

const category = '証明書交付';
const certificateOffice = { items: ['手数料', '交付', '照合', '決裁'] };
const copies = (id, label) => number(id, `${label}（通数）`);
const count = (label, field, extra = {}) => ({ h: 8, cells: [{ label, w: 52, size: 8 }, { field, w: 24, suffix: '通', align: 'center' }, extra.note ? { text: extra.note, size: 7.5 } : { blank: true }] });

/** 必要な方: the person the certificate is about. */
const whose = (band = '必要な方') => ({
  band,
  rows: [
    { h: 6, cells: [{ label: 'フリガナ', w: 22 }, { field: 'concerned_1_kana', w: 84, size: 8.5 }, { label: '生年月日', w: 18 }, { field: 'concerned_1_birth_date' }] },
    { h: 10, cells: [{ label: '氏　　名', w: 22 }, { field: 'concerned_1_name', w: 84, size: 13, font: 'mincho' }, { label: '世帯主', w: 18 }, { field: 'head_name', font: 'mincho' }] },
    { h: addressRowHeight({ postal: false }), cells: [{ label: '住　　所', w: 22 }, addressCell('concerned_1', { postal: false })] },
  ],
});
const purpose = { rows: [pairs(8, [['使いみち・提出先', 'certificate_purpose', undefined, { labelWidth: 30 }]])] };

const juminhyo = standardForm(
  {
    id: 'shomeisho-kofu-shinsei',
    name: '住民票の写し等交付申請書',
    category,
    description: '住民票の写し・住民票記載事項証明書・除票の写しの交付の申請。',
    fields: [
      choice('juminhyo_scope', '住民票の写しの範囲', [['all', '世帯全員'], ['part', '世帯の一部（必要な方のみ）']], { required: true }),
      copies('juminhyo_copies', '住民票の写し'),
      copies('kisai_jiko_copies', '住民票記載事項証明書'),
      copies('joyo_copies', '除票の写し'),
      checkbox('include_relationship', '世帯主の氏名・続柄を記載'),
      checkbox('include_honseki', '本籍・筆頭者を記載'),
      checkbox('include_history', '前住所など異動の履歴を記載'),
      checkbox('include_mynumber', '個人番号を記載'),
      checkbox('include_juminhyo_code', '住民票コードを記載'),
    ],
  },
  {
    dateLabel: '申請日',
    parts: [
      whose(),
      {
        band: '証明書',
        rows: [
          choiceRow(8, '住民票の写し', 'juminhyo_scope', { labelWidth: 52 }),
          count('住民票の写し', 'juminhyo_copies'),
          count('住民票記載事項証明書', 'kisai_jiko_copies', { note: '様式があるときは添えてください' }),
          count('除票の写し', 'joyo_copies'),
          { h: 8, cells: [{ label: '記載する事項', w: 24 }, { check: 'include_relationship', text: '世帯主・続柄', w: 36 }, { check: 'include_honseki', text: '本籍・筆頭者', w: 36 }, { check: 'include_history', text: '異動の履歴' }] },
          { h: 8, cells: [{ label: '', w: 24 }, { check: 'include_mynumber', text: '個人番号', w: 36 }, { check: 'include_juminhyo_code', text: '住民票コード' }] },
        ],
      },
      purpose,
    ],
    applicant: { band: '請求者' },
    notes: ['※ 個人番号・住民票コードを記載した住民票の写しは、本人または同じ世帯の方の請求に限ります。', '※ 同じ世帯の方以外が請求するときは、委任状が必要です。'],
    office: certificateOffice,
  },
);

const koseki = standardForm(
  {
    id: 'koseki-shomei-seikyu',
    name: '戸籍証明書等請求書',
    category,
    description: '戸籍全部事項証明書（謄本）・個人事項証明書（抄本）・除籍・改製原戸籍・戸籍の附票の写しの請求。',
    fields: [
      choice('requester_relation', '請求者と戸籍の方との関係', [['self', '本人'], ['spouse', '配偶者'], ['lineal', '父母・祖父母・子・孫など'], ['other', 'その他（理由を記入）']], { required: true }),
      copies('koseki_zenbu_copies', '戸籍全部事項証明書（謄本）'),
      copies('koseki_kojin_copies', '戸籍個人事項証明書（抄本）'),
      copies('joseki_copies', '除籍・改製原戸籍'),
      copies('fuhyo_copies', '戸籍の附票の写し'),
      text('other_reason', '請求の理由（その他の場合）', { maxLength: 60 }),
    ],
  },
  {
    dateLabel: '請求日',
    parts: [
      {
        band: '戸籍',
        rows: [
          pairs(9, [['本　　籍', 'honseki', undefined, { labelWidth: 26 }]]),
          pairs(9, [['筆頭者の氏名', 'hittosha_name', 70, { labelWidth: 26, cell: { font: 'mincho', size: 12 } }], ['必要な方', 'concerned_1_name', undefined, { labelWidth: 18, cell: { font: 'mincho', size: 12 } }]]),
          pairs(7, [['必要な方の生年月日', 'concerned_1_birth_date', undefined, { labelWidth: 26, labelSize: 7.5 }]]),
        ],
      },
      {
        band: '証明書',
        rows: [count('戸籍全部事項証明書（謄本）', 'koseki_zenbu_copies'), count('戸籍個人事項証明書（抄本）', 'koseki_kojin_copies'), count('除籍・改製原戸籍', 'joseki_copies', { note: '除籍・改製原戸籍は、必要な時期をお知らせください' }), count('戸籍の附票の写し', 'fuhyo_copies')],
      },
      { band: '関係', rows: [choiceRow(9, '戸籍の方との関係', 'requester_relation', { labelWidth: 26 }), pairs(8, [['その他の理由', 'other_reason', undefined, { labelWidth: 26 }]])] },
      purpose,
    ],
    applicant: { band: '請求者', capacity: false },
    notes: ['※ 本籍地が花巻市以外でも、本人・配偶者・父母・子などの戸籍証明書は請求できます（広域交付。窓口に来た本人が顔写真付きの本人確認書類を提示し、代理人・郵送は不可）。'],
    office: certificateOffice,
  },
);

const zeimu = standardForm(
  {
    id: 'zeimu-shomeisho-shinsei',
    name: '税務証明交付申請書',
    category,
    description: '所得証明書・課税証明書・非課税証明書・納税証明書の交付の申請。',
    fields: [
      text('tax_year', '証明が必要な年度', { maxLength: 12, help: '例: 令和8年度（令和7年中の所得）' }),
      text('address_on_january_1', '1月1日（賦課期日）の住所（転入した方）', { maxLength: 120 }),
      copies('shotoku_kazei_copies', '所得・課税証明書'),
      copies('hikazei_copies', '非課税証明書'),
      copies('nozei_copies', '納税証明書'),
      text('nozei_tax_item', '納税証明の税目', { maxLength: 30, help: '例: 市県民税、固定資産税、軽自動車税（車検用）' }),
    ],
  },
  {
    dateLabel: '申請日',
    parts: [
      whose('証明が必要な方'),
      {
        band: '証明書',
        rows: [
          pairs(8, [['年度', 'tax_year', 60, { labelWidth: 24 }], ['1月1日の住所', 'address_on_january_1', undefined, { labelWidth: 24 }]]),
          count('所得・課税証明書', 'shotoku_kazei_copies'),
          count('非課税証明書', 'hikazei_copies'),
          count('納税証明書', 'nozei_copies', { note: '税目:' }),
          pairs(8, [['納税証明の税目', 'nozei_tax_item', undefined, { labelWidth: 52 }]]),
        ],
      },
      purpose,
    ],
    applicant: { band: '申請者' },
    notes: ['※ 所得・課税証明書は、その年度の1月1日に花巻市に住んでいた方の証明です。'],
    office: certificateOffice,
  },
);

const ininjo = standardForm(
  {
    id: 'ininjo',
    name: '委任状',
    category,
    description: '本人・同じ世帯の方以外が手続きや請求をするときに、本人が代理人に委任することを示す書類。',
    fields: [
      multiline('mandate_content', '委任する内容', { required: true, maxLength: 300 }),
      phone('principal_phone', '委任者 電話番号'),
      { id: 'principal_signature', label: '委任者 署名', type: 'signature', required: true },
    ],
  },
  {
    title: '委　任　状',
    dateLabel: '委任日',
    intro: '私は、下記の者を代理人と定め、次の事項を委任します。',
    parts: [
      {
        band: '代理人',
        rows: [
          { h: addressRowHeight(), cells: [{ label: '住　　所', w: 22 }, addressCell('applicant')] },
          { h: 10, cells: [{ label: '氏　　名', w: 22 }, { field: 'applicant_name', w: 90, size: 13, font: 'mincho' }, { label: '生年月日', w: 18 }, { field: 'applicant_birth_date' }] },
          pairs(8, [['電話番号', 'applicant_phone', undefined, { labelWidth: 22 }]]),
        ],
      },
      { band: '委任事項', rows: [pairs(28, [['委任する内容', 'mandate_content', undefined, { labelWidth: 22, cell: { valign: 'top', size: 10 } }]])] },
      {
        band: '委任者',
        rows: [
          { h: addressRowHeight({ postal: false }), cells: [{ label: '住　　所', w: 22 }, addressCell('concerned_1', { postal: false })] },
          { h: 10, cells: [{ label: '氏　　名', w: 22 }, { field: 'concerned_1_name', w: 90, size: 13, font: 'mincho' }, { label: '生年月日', w: 18 }, { field: 'concerned_1_birth_date' }] },
          { h: 16, cells: [{ label: '署　　名', w: 22 }, { signature: 'principal_signature', caption: '委任者本人が自書してください', w: 90 }, { label: '電話', w: 18 }, { field: 'principal_phone' }] },
        ],
      },
    ],
    applicant: false,
    notes: ['※ 委任状は、委任者（本人）がすべて自分で記入してください。代理人は本人確認書類をお持ちください。'],
    office: { items: ['確認', '決裁'] },
  },
);

export const certificateForms = [juminhyo, koseki, zeimu, ininjo];
