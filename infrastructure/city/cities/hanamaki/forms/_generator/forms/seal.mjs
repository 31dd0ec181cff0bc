/**
 * 印鑑登録: 登録申請 (with the seal impression and the 保証書), 廃止申請, 登録証明書の交付申請, 登録証の亡失届.
 */
import { checkbox, choice, date, multiline, text } from '../shared-fields.mjs';
import { choiceRow, pairs, sealBox, standardForm } from '../compose.mjs';
import { section } from '../grid.mjs';
import { addressCell, addressRowHeight } from '../blocks.mjs';

const category = '印鑑登録';
const office = { items: ['登録番号', '照会書', '回答書', '登録証交付', '決裁'] };

/** The section where the seal to register is pressed, with the rules beside it. */
function sealImpression(caption, rules) {
  return (page) => {
    const top = page.y;
    section(page, { band: '印鑑', rows: [{ h: 34, cells: [{ label: '', w: 38 }, { text: rules, size: 7.5, valign: 'top' }] }] });
    sealBox(page, page.left + 7 + 5, top + 2, 28, caption);
  };
}

const tourokuShinsei = standardForm(
  {
    id: 'inkan-toroku-shinsei',
    name: '印鑑登録申請書',
    category,
    description: '印鑑（実印）の登録の申請。15歳以上の方が1人1個登録できます。',
    perPerson: true,
    fields: [
      choice('seal_identity_method', '本人確認の方法', [['photo_id', '顔写真付きの本人確認書類'], ['guarantor', '保証人による保証'], ['inquiry', '照会書（後日、回答書を持参）']], { required: true }),
      text('guarantor_name', '保証人 氏名', { maxLength: 40 }),
      text('guarantor_address', '保証人 住所', { maxLength: 120 }),
      date('guarantor_birth_date', '保証人 生年月日'),
      text('guarantor_seal_number', '保証人 印鑑登録番号', { maxLength: 12 }),
      { id: 'guarantor_signature', label: '保証人 署名', type: 'signature', required: false },
    ],
  },
  {
    dateLabel: '申請日',
    person: { band: '登録する方', who: 'person', phone: true },
    parts: [
      sealImpression('登録する印', '登録できない印鑑\n・住民票の氏名・氏・名、またはその一部を組み合わせたもの以外を表しているもの\n・職業・資格など氏名以外のことを表しているもの\n・ゴム印など変形しやすいもの、印影が8mmの正方形に収まるもの・25mmの正方形に収まらないもの\n・同じ世帯の方がすでに登録しているもの'),
      { rows: [choiceRow(8, '本人確認の方法', 'seal_identity_method', { labelWidth: 31 })] },
      {
        band: '保証書',
        rows: [
          { h: 6, cells: [{ text: '上記の申請者は本人に相違ないことを保証します（保証人は花巻市で印鑑登録をしている方）。', size: 7.5 }] },
          pairs(8, [['保証人 氏名', 'guarantor_name', 70, { labelWidth: 24 }], ['生年月日', 'guarantor_birth_date', undefined, { labelWidth: 18 }]]),
          pairs(8, [['保証人 住所', 'guarantor_address', 100, { labelWidth: 24 }], ['登録番号', 'guarantor_seal_number', undefined, { labelWidth: 18 }]]),
          { h: 14, cells: [{ label: '保証人 署名', w: 24 }, { signature: 'guarantor_signature', caption: '署名', w: 100 }, { blank: true, caption: '保証人の登録印' }] },
        ],
      },
    ],
    applicant: { band: '申請者' },
    office,
  },
);

const haishiShinsei = standardForm(
  {
    id: 'inkan-toroku-haishi-shinsei',
    name: '印鑑登録廃止申請書',
    category,
    description: '印鑑登録の廃止の申請（登録印の変更・紛失、死亡など）。',
    perPerson: true,
    fields: [
      choice('seal_abolish_reason', '廃止の理由', [['change', '登録印の変更'], ['lost', '登録印の紛失'], ['no_need', '不要になった'], ['death', '死亡'], ['other', 'その他']], { required: true }),
      choice('seal_card_status', '印鑑登録証', [['returned', '返納する'], ['lost', '紛失した']], { required: true }),
    ],
  },
  {
    dateLabel: '申請日',
    person: { band: '登録している方', who: 'person' },
    parts: [
      {
        band: '廃止',
        rows: [
          choiceRow(9, '廃止の理由', 'seal_abolish_reason', { labelWidth: 24 }),
          pairs(8, [['登録証の番号', 'seal_card_number', 60, { labelWidth: 24 }], ['登録証', { choice: 'seal_card_status' }, undefined, { labelWidth: 18 }]]),
        ],
      },
      (page) => {
        section(page, { band: '登録印', rows: [{ h: 30, cells: [{ label: '', w: 34 }, { text: '登録している印鑑をお持ちの場合は、左の枠に押してください。\n紛失などで押せない場合は空けたままで構いません。', size: 8, valign: 'top' }] }] });
        sealBox(page, page.left + 7 + 4, page.y - 2.5 - 30 + 1.5, 26, '');
      },
    ],
    applicant: { band: '申請者' },
    office: { items: ['廃止', '登録証回収', '決裁'] },
  },
);

const shomeishoShinsei = standardForm(
  {
    id: 'inkan-toroku-shomeisho-shinsei',
    name: '印鑑登録証明書交付申請書',
    category: '証明書交付',
    description: '印鑑登録証明書の交付の申請。印鑑登録証（カード）の提示が必要です。',
  },
  {
    dateLabel: '申請日',
    parts: [
      {
        band: '登録している方',
        rows: [
          { h: 6, cells: [{ label: 'フリガナ', w: 22 }, { field: 'concerned_1_kana', w: 84, size: 8.5 }, { label: '生年月日', w: 18 }, { field: 'concerned_1_birth_date' }] },
          { h: 10, cells: [{ label: '氏　　名', w: 22 }, { field: 'concerned_1_name', size: 13, font: 'mincho' }] },
          { h: addressRowHeight({ postal: false }), cells: [{ label: '住　　所', w: 22 }, addressCell('concerned_1', { postal: false })] },
          pairs(8, [['登録証の番号', 'seal_card_number', 60, { labelWidth: 22 }], ['必要な通数', 'certificate_copies', undefined, { labelWidth: 22, cell: { suffix: '通' } }]]),
          pairs(8, [['使いみち', 'certificate_purpose', undefined, { labelWidth: 22 }]]),
        ],
      },
    ],
    applicant: { band: '申請者' },
    notes: ['※ 印鑑登録証（カード）をお持ちの方は、代理人でも請求できます（委任状は不要です）。', '※ マイナンバーカード（利用者証明用電子証明書）があれば、コンビニエンスストアでも取得できます。'],
    office: { items: ['手数料', '交付', '決裁'] },
  },
);

const boshitsuTodoke = standardForm(
  {
    id: 'inkan-torokusho-boshitsu-todoke',
    name: '印鑑登録証亡失届',
    category,
    description: '印鑑登録証（カード）をなくしたときの届出。登録は廃止され、改めて登録が必要です。',
    perPerson: true,
    fields: [multiline('loss_circumstances', '亡失の状況（いつ・どこで）', { maxLength: 200 }), checkbox('seal_reregister', '続けて新しく印鑑登録をする')],
  },
  {
    person: { band: '登録している方', who: 'person', phone: true },
    parts: [
      {
        band: '亡失',
        rows: [
          pairs(8, [['亡失した日', 'event_date', 60, { labelWidth: 24 }], ['登録証の番号', 'seal_card_number', undefined, { labelWidth: 24 }]]),
          pairs(16, [['亡失の状況', 'loss_circumstances', undefined, { labelWidth: 24, cell: { valign: 'top', size: 9 } }]]),
          { h: 8, cells: [{ label: '再登録', w: 24 }, { check: 'seal_reregister', text: '続けて新しく印鑑登録をする（印鑑登録申請書も提出）' }] },
        ],
      },
    ],
    notes: ['※ 亡失届により、これまでの印鑑登録は廃止されます。'],
    office: { items: ['廃止', '決裁'] },
  },
);

export const sealForms = [tourokuShinsei, haishiShinsei, shomeishoShinsei, boshitsuTodoke];
