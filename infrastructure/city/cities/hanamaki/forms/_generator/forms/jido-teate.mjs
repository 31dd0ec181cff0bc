/**
 * 児童手当: 認定請求, 額改定, 受給事由消滅, 氏名・住所等変更, 別居監護申立. The claimant is the form's
 * person; the children are entered once per visit (child_1 … child_4) and shared by every child form.
 */
import { checkbox, choice, text } from '../shared-fields.mjs';
import { bankSection, childrenTable, choiceRow, pairs, standardForm } from '../compose.mjs';
import { allowanceOffice as office, certificateRow, changeRows, claimant, consentRow as consent, holder } from './common-parts.mjs';

const jidoTeate = '児童手当';

const nintei = standardForm(
  {
    id: 'jido-teate-nintei-seikyu',
    name: '児童手当 認定請求書',
    category: jidoTeate,
    description: '出生・転入などで児童手当を受けるための認定請求（出生日・転入日の翌日から15日以内）。',
    perPerson: true,
    fields: [checkbox('claimant_is_public_servant', '請求者は公務員である', { binding: 'answers.claimant_is_public_servant' })],
  },
  {
    dateLabel: '請求日',
    person: claimant,
    parts: [
      {
        band: '請求者の状況',
        rows: [
          pairs(8, [['職業', 'occupation', 50, { labelWidth: 20 }], ['勤務先', 'workplace_name', undefined, { labelWidth: 16 }]]),
          pairs(8, [['加入年金', { choice: 'pension_type' }, 100, { labelWidth: 20 }], ['公務員', { check: 'claimant_is_public_servant', text: '公務員である' }, undefined, { labelWidth: 16 }]]),
          pairs(8, [['配偶者の有無', { choice: 'has_spouse' }, 30, { labelWidth: 20, labelSize: 7.5 }], ['配偶者 氏名', 'spouse_name', 60, { labelWidth: 20 }], ['生年月日', 'spouse_birth_date', undefined, { labelWidth: 16 }]]),
        ],
      },
      childrenTable('養育している児童', 4),
      bankSection(),
      { rows: [consent] },
    ],
    applicant: { band: '窓口に来た方' },
    notes: ['※ 18歳到達後最初の3月31日までの児童をすべて記入してください。公務員の方は勤務先で請求します。'],
    office,
  },
);

const gakuKaitei = standardForm(
  {
    id: 'jido-teate-gaku-kaitei-seikyu',
    name: '児童手当 額改定認定請求書・額改定届',
    category: jidoTeate,
    description: '出生などで養育する児童が増えたとき（額改定請求）、減ったとき（額改定届）の届出。',
    perPerson: true,
    fields: [
      choice('gaku_kaitei_kind', '届出の種類', [['increase', '額改定認定請求（児童が増えた）'], ['decrease', '額改定届（児童が減った）']], { required: true }),
      choice('gaku_kaitei_reason', '理由', [['birth', '出生'], ['custody', '監護を始めた・やめた'], ['other', 'その他']], { required: true }),
    ],
  },
  {
    title: '児童手当 額改定認定請求書・額改定届',
    titleSize: 15,
    dateLabel: '請求日',
    person: holder,
    parts: [{ band: '額改定', rows: [choiceRow(8, '届出の種類', 'gaku_kaitei_kind', { labelWidth: 24 }), choiceRow(8, '理由', 'gaku_kaitei_reason', { labelWidth: 24 }), certificateRow()] }, childrenTable('対象児童', 2)],
    applicant: { band: '窓口に来た方' },
    office,
  },
);

const shometsu = standardForm(
  {
    id: 'jido-teate-shometsu-todoke',
    name: '児童手当 受給事由消滅届',
    category: jidoTeate,
    description: '転出・公務員になった・児童を養育しなくなったなどで、児童手当を受ける理由がなくなったときの届出。',
    perPerson: true,
    fields: [choice('shometsu_reason', '消滅の理由', [['move_out', '市外へ転出'], ['public_servant', '公務員になった'], ['no_custody', '児童を養育しなくなった'], ['death', '受給者の死亡'], ['other', 'その他']], { required: true })],
  },
  {
    person: holder,
    parts: [{ band: '消滅', rows: [choiceRow(9, '消滅の理由', 'shometsu_reason', { labelWidth: 24 }), certificateRow(), pairs(8, [['転出先の住所', 'new_address', undefined, { labelWidth: 24 }]])] }],
    applicant: { band: '届出人' },
    notes: ['※ 転出した場合は、転出予定日の翌日から15日以内に転出先の市区町村で認定請求をしてください。'],
    office,
  },
);

const henko = standardForm(
  {
    id: 'jido-teate-henko-todoke',
    name: '児童手当 氏名・住所等変更届',
    category: jidoTeate,
    description: '受給者・児童の氏名、市内の住所、配偶者の有無、振込口座などが変わったときの届出。',
    perPerson: true,
    fields: [choice('teate_change_kind', '変更の内容', [['name', '氏名'], ['address', '住所（市内）'], ['spouse', '配偶者の有無'], ['bank', '振込口座'], ['other', 'その他']], { required: true })],
  },
  {
    person: holder,
    parts: [{ band: '変更', rows: [choiceRow(8, '変更の内容', 'teate_change_kind', { labelWidth: 24 }), certificateRow('変更日'), ...changeRows] }],
    applicant: { band: '届出人' },
    office,
  },
);

const bekkyo = standardForm(
  {
    id: 'jido-teate-bekkyo-kango-moshitate',
    name: '児童手当 別居監護申立書',
    category: jidoTeate,
    description: '就学などで児童と別に住んでいるが、監護し生計を同じくしていることを申し立てる書類。',
    perPerson: true,
    fields: [
      text('child_address', '児童の住所', { maxLength: 120 }),
      choice('separation_reason', '別居の理由', [['study', '就学'], ['work', '仕事'], ['medical', '療養・入院'], ['other', 'その他']], { required: true }),
      text('contact_frequency', '面会の頻度', { maxLength: 40 }),
      text('living_cost', '生活費などの送金（毎月の額・方法）', { maxLength: 60 }),
    ],
  },
  {
    dateLabel: '申出日',
    person: { band: '申立者', who: 'person', phone: true },
    parts: [
      childrenTable('別居の児童', 2, { living: false }),
      {
        band: '監護の状況',
        rows: [
          pairs(9, [['児童の住所', 'child_address', undefined, { labelWidth: 24 }]]),
          choiceRow(8, '別居の理由', 'separation_reason', { labelWidth: 24 }),
          pairs(8, [['面会の頻度', 'contact_frequency', 60, { labelWidth: 24 }], ['送金', 'living_cost', undefined, { labelWidth: 14 }]]),
        ],
      },
    ],
    applicant: { band: '申立者署名', capacity: false, address: false },
    notes: ['※ 上記のとおり、別居している児童を監護し、生計を同じくしていることを申し立てます。'],
    office,
  },
);

export const jidoTeateForms = [nintei, gakuKaitei, shometsu, henko, bekkyo];
