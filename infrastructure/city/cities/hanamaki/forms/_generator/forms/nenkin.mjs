/**
 * 国民年金: the 第1号被保険者 届書 (資格取得・種別変更) and the 保険料免除・納付猶予申請. One form per person.
 */
import { checkbox, choice, date, text } from '../shared-fields.mjs';
import { choiceRow, pairs, standardForm } from '../compose.mjs';

const nenkin = '国民年金';
const nenkinOffice = { items: ['年金事務所送付', '審査', '決裁'] };
const person = { band: '被保険者', who: 'person', phone: true, individualNumber: true };

const hihokenshaTodoke = standardForm(
  {
    id: 'kokumin-nenkin-hihokensha-todoke',
    name: '国民年金被保険者関係届書（申出書）',
    category: nenkin,
    description: '国民年金の第1号被保険者の資格取得・種別変更（勤務先の厚生年金・配偶者の扶養から外れたとき）などの届出。',
    perPerson: true,
    fields: [
      choice('nenkin_event_kind', '届出の種類', [['acquire', '資格取得（20歳・転入など）'], ['type_change', '種別変更（第2号・第3号から第1号へ）'], ['address', '住所・氏名の変更'], ['other', 'その他']], { required: true }),
      choice('nenkin_payment_method', '保険料の納め方', [['slip', '納付書'], ['account', '口座振替'], ['credit', 'クレジットカード']]),
    ],
  },
  {
    title: '国民年金被保険者関係届書（申出書）',
    titleSize: 15,
    person,
    parts: [
      {
        band: '届出',
        rows: [
          pairs(8, [['基礎年金番号', 'basic_pension_number', 60, { labelWidth: 24, cell: { align: 'center' } }], ['該当する日', 'event_date', undefined, { labelWidth: 22 }]]),
          choiceRow(9, '届出の種類', 'nenkin_event_kind', { labelWidth: 24 }),
          pairs(8, [['前の年金制度', { choice: 'pension_type' }, undefined, { labelWidth: 24 }]]),
          pairs(8, [['前の勤務先', 'workplace_name', 90, { labelWidth: 24 }], ['配偶者', 'spouse_name', undefined, { labelWidth: 16 }]]),
          choiceRow(8, '保険料の納め方', 'nenkin_payment_method', { labelWidth: 24 }),
        ],
      },
    ],
    notes: ['※ 勤務先をやめた日・扶養から外れた日がわかる書類（離職票、資格喪失証明書など）をお持ちください。'],
    office: nenkinOffice,
  },
);

const menjo = standardForm(
  {
    id: 'kokumin-nenkin-menjo-shinsei',
    name: '国民年金保険料免除・納付猶予申請書',
    category: nenkin,
    description: '所得が少ない・失業したなどで国民年金保険料を納めることが難しいときの免除・納付猶予の申請。',
    perPerson: true,
    fields: [
      choice('exemption_kind', '申請する免除等の種類', [['full', '全額免除'], ['three_quarters', '4分の3免除'], ['half', '半額免除'], ['quarter', '4分の1免除'], ['postponement', '納付猶予（50歳未満）']], { required: true }),
      text('exemption_period', '申請する期間', { maxLength: 40, help: '例: 令和8年7月〜令和9年6月' }),
      checkbox('unemployment_special', '失業等による特例免除を申請する'),
      date('unemployment_date', '離職日'),
    ],
  },
  {
    title: '国民年金保険料免除・納付猶予申請書',
    titleSize: 15,
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '申請',
        rows: [
          pairs(8, [['基礎年金番号', 'basic_pension_number', 60, { labelWidth: 24, cell: { align: 'center' } }], ['申請する期間', 'exemption_period', undefined, { labelWidth: 22 }]]),
          choiceRow(9, '種類', 'exemption_kind', { labelWidth: 24 }),
          { h: 8, cells: [{ label: '特例', w: 24 }, { check: 'unemployment_special', text: '失業等による特例免除を申請する', w: 80 }, { label: '離職日', w: 18 }, { field: 'unemployment_date' }] },
          pairs(8, [['配偶者', 'spouse_name', 70, { labelWidth: 24 }], ['世帯主', 'head_name', undefined, { labelWidth: 18 }]]),
          pairs(8, [['前年の所得', 'previous_year_income', 70, { labelWidth: 24, cell: { suffix: '円' } }], ['同意', { check: 'consent_income_inquiry', text: '所得の調査に同意する' }, undefined, { labelWidth: 18 }]]),
        ],
      },
    ],
    notes: ['※ 本人・配偶者・世帯主それぞれの前年所得により審査します。失業による特例は、雇用保険受給資格者証や離職票の写しが必要です。'],
    office: nenkinOffice,
  },
);

export const nenkinForms = [hihokenshaTodoke, menjo];
