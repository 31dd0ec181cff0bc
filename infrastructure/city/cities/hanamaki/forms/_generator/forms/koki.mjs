/**
 * 後期高齢者医療: 資格取得・変更・喪失届, 葬祭費, 限度額適用・標準負担額減額認定. One form per insured person.
 */
import { checkbox, choice } from '../shared-fields.mjs';
import { bankSection, choiceRow, pairs, standardForm } from '../compose.mjs';
import { addressRows } from './common-parts.mjs';

const koki = '後期高齢者医療';
const person = { band: '被保険者', who: 'person', phone: true, individualNumber: true };
const kokiOffice = { items: ['広域連合', '資格確認書', '審査', '決裁'] };


const kokiShikaku = standardForm(
  {
    id: 'koki-shikaku-todoke',
    name: '後期高齢者医療 資格取得・変更・喪失届',
    category: koki,
    description: '後期高齢者医療の資格取得（県外からの転入など）、住所・氏名の変更、資格喪失（転出・死亡）の届出。',
    perPerson: true,
    fields: [
      choice('koki_event_kind', '届出の種類', [['acquire', '資格取得'], ['change', '住所・氏名などの変更'], ['lose', '資格喪失']], { required: true }),
      choice('koki_reason', '届出の理由', [['move_in', '転入'], ['disability', '65歳以上で一定の障害'], ['address', '住所変更'], ['name', '氏名変更'], ['move_out', '転出'], ['death', '死亡'], ['other', 'その他']], { required: true }),
      checkbox('futan_kubun_certificate', '負担区分等証明書を提出する（県外からの転入）'),
    ],
  },
  {
    title: '後期高齢者医療 資格取得・変更・喪失届',
    titleSize: 15,
    person,
    parts: [
      {
        band: '届出',
        rows: [
          choiceRow(8, '届出の種類', 'koki_event_kind', { labelWidth: 24 }),
          choiceRow(9, '届出の理由', 'koki_reason', { labelWidth: 24 }),
          pairs(8, [['被保険者番号', 'koki_insured_number', 60, { labelWidth: 24, cell: { comb: 8, align: 'center' } }], ['異動日', 'event_date', undefined, { labelWidth: 20 }]]),
          ...addressRows,
          { h: 8, cells: [{ label: '証明書', w: 24 }, { check: 'futan_kubun_certificate', text: '負担区分等証明書を提出する（県外からの転入）' }] },
        ],
      },
    ],
    notes: ['※ 岩手県内の市町村からの転入は、同じ岩手県後期高齢者医療広域連合のため住所変更の扱いになります。'],
    office: kokiOffice,
  },
);

const kokiSosaihi = standardForm(
  {
    id: 'koki-sosaihi-shinsei',
    name: '後期高齢者医療 葬祭費支給申請書',
    category: koki,
    description: '後期高齢者医療の被保険者が亡くなり、葬祭を行った方（喪主）への葬祭費の申請。',
    perPerson: true,
  },
  {
    dateLabel: '申請日',
    person: { band: '亡くなった方', who: 'person', relationship: true },
    parts: [
      {
        band: '葬祭',
        rows: [
          pairs(8, [['被保険者番号', 'koki_insured_number', 60, { labelWidth: 24, cell: { comb: 8, align: 'center' } }], ['死亡日', 'death_date', undefined, { labelWidth: 24 }]]),
          pairs(8, [['葬儀を行った日', 'funeral_date', 60, { labelWidth: 24 }], ['喪主との続柄', 'mourner_relationship', undefined, { labelWidth: 24 }]]),
        ],
      },
      bankSection('喪主の口座'),
    ],
    applicant: { band: '申請者（喪主）' },
    notes: ['※ 会葬礼状や葬儀の領収書など、喪主の方がわかるものをお持ちください。'],
    office: kokiOffice,
  },
);

const kokiGendogaku = standardForm(
  {
    id: 'koki-gendogaku-nintei-shinsei',
    name: '後期高齢者医療 限度額適用・標準負担額減額認定申請書',
    category: koki,
    description: '後期高齢者医療の被保険者の限度額適用・標準負担額減額認定証の申請。',
    perPerson: true,
  },
  {
    title: '後期高齢者医療 限度額適用・標準負担額減額認定申請書',
    titleSize: 13,
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '療養',
        rows: [
          pairs(8, [['被保険者番号', 'koki_insured_number', 60, { labelWidth: 24, cell: { comb: 8, align: 'center' } }], ['世帯主', 'head_name', undefined, { labelWidth: 18 }]]),
          pairs(8, [['入院先', 'hospital_name', 100, { labelWidth: 24 }], ['入院日', 'admission_date', undefined, { labelWidth: 18 }]]),
          { h: 8, cells: [{ label: '長期入院', w: 24 }, { check: 'long_term_admission', text: '過去12か月の入院日数が90日を超える（住民税非課税世帯の方）' }] },
        ],
      },
    ],
    applicant: { band: '申請者' },
    office: kokiOffice,
  },
);

export const kokiForms = [kokiShikaku, kokiSosaihi, kokiGendogaku];
