/**
 * 障がい福祉: 障害者手帳の変更・返還, 自立支援医療の変更, 障害福祉サービスの支給申請・受給者証の変更,
 * 特別児童扶養手当の届と認定請求. One form per person (the card holder, or the claimant).
 */
import { choice, multiline, text } from '../shared-fields.mjs';
import { bankSection, childrenTable, choiceRow, pairs, standardForm } from '../compose.mjs';
import { addressRows, changeRows } from './common-parts.mjs';

const shogai = '障がい福祉';
const person = { band: '対象者', who: 'person', phone: true, individualNumber: true };
const office = { items: ['受付', '台帳', '審査', '決裁'] };

const techoHenko = standardForm(
  {
    id: 'shogai-techo-henko-todoke',
    name: '障害者手帳 記載事項変更届・返還届',
    category: shogai,
    description: '身体障害者手帳・療育手帳・精神障害者保健福祉手帳の住所・氏名の変更、または返還（死亡・転出など）の届出。',
    perPerson: true,
    fields: [choice('techo_event_kind', '届出の種類', [['address', '住所変更'], ['name', '氏名変更'], ['return', '返還（死亡・転出など）']], { required: true })],
  },
  {
    person,
    parts: [
      {
        band: '手帳',
        rows: [
          choiceRow(8, '手帳の種類', 'techo_kind', { labelWidth: 24 }),
          pairs(8, [['手帳番号・等級', 'techo_number', 80, { labelWidth: 24 }], ['変更日', 'event_date', undefined, { labelWidth: 16 }]]),
          choiceRow(8, '届出の種類', 'techo_event_kind', { labelWidth: 24 }),
          ...addressRows,
          ...changeRows,
        ],
      },
    ],
    applicant: { band: '届出人' },
    notes: ['※ 手帳をお持ちください。新しい住所・氏名を記載してお返しします。'],
    office,
  },
);

const jiritsuShienIryo = standardForm(
  {
    id: 'jiritsu-shien-iryo-henko-todoke',
    name: '自立支援医療 受給者証記載事項変更届',
    category: shogai,
    description: '自立支援医療（精神通院・更生医療・育成医療）の受給者証の住所・氏名・保険・医療機関などの変更の届出。',
    perPerson: true,
    fields: [
      choice('jiritsu_kind', '自立支援医療の種類', [['seishin', '精神通院医療'], ['kosei', '更生医療'], ['ikusei', '育成医療']], { required: true }),
      choice('jiritsu_change_kind', '変更の内容', [['address', '住所'], ['name', '氏名'], ['insurance', '医療保険'], ['hospital', '指定医療機関'], ['other', 'その他']], { required: true }),
    ],
  },
  {
    title: '自立支援医療 受給者証記載事項変更届',
    titleSize: 15,
    person,
    parts: [
      {
        band: '受給者証',
        rows: [
          choiceRow(8, '種類', 'jiritsu_kind', { labelWidth: 24 }),
          pairs(8, [['受給者番号', 'jukyusha_number', 80, { labelWidth: 24 }], ['変更日', 'event_date', undefined, { labelWidth: 16 }]]),
          choiceRow(8, '変更の内容', 'jiritsu_change_kind', { labelWidth: 24 }),
          ...changeRows,
        ],
      },
      {
        band: '医療保険・医療機関',
        rows: [
          choiceRow(9, '健康保険', 'health_insurance_type', { labelWidth: 24 }),
          pairs(8, [['保険者名', 'insurer_name', 80, { labelWidth: 24 }], ['記号・番号', 'insurance_symbol_number', undefined, { labelWidth: 18 }]]),
          pairs(8, [['指定医療機関', 'hospital_name', undefined, { labelWidth: 24 }]]),
        ],
      },
    ],
    applicant: { band: '届出人' },
    notes: ['※ 受給者証と、変更後の資格確認書（保険証）などをお持ちください。'],
    office,
  },
);

const serviceShikyu = standardForm(
  {
    id: 'shogai-fukushi-service-shikyu-shinsei',
    name: '障害福祉サービス 支給申請書',
    category: shogai,
    description: '障害福祉サービス（介護給付・訓練等給付）・障害児通所支援の支給の申請。',
    perPerson: true,
    fields: [
      multiline('requested_services', '利用したいサービスの種類と量', { required: true, maxLength: 300 }),
      choice('support_level', '障害支援区分', [['none', 'なし・未判定'], ['1', '区分1'], ['2', '区分2'], ['3', '区分3'], ['4', '区分4'], ['5', '区分5'], ['6', '区分6']]),
      text('current_services', '現在利用しているサービス', { maxLength: 120 }),
      text('guardian_name', '保護者の氏名（18歳未満の方）', { maxLength: 40 }),
    ],
  },
  {
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '障害の状況',
        rows: [
          choiceRow(8, '手帳の種類', 'techo_kind', { labelWidth: 24 }),
          pairs(8, [['手帳番号・等級', 'techo_number', 70, { labelWidth: 24 }], ['障害名', 'disability_name', undefined, { labelWidth: 16 }]]),
          choiceRow(8, '障害支援区分', 'support_level', { labelWidth: 24 }),
        ],
      },
      {
        band: 'サービス',
        rows: [
          pairs(20, [['利用したい\nサービスと量', 'requested_services', undefined, { labelWidth: 24, cell: { valign: 'top', size: 9.5 } }]]),
          pairs(8, [['利用中のサービス', 'current_services', undefined, { labelWidth: 24 }]]),
          pairs(8, [['保護者（児童）', 'guardian_name', 70, { labelWidth: 24 }], ['同意', { check: 'consent_income_inquiry', text: '所得等の調査に同意する' }, undefined, { labelWidth: 14 }]]),
        ],
      },
    ],
    applicant: { band: '申請者' },
    office,
  },
);

const jukyushashoHenko = standardForm(
  {
    id: 'shogai-fukushi-jukyushasho-henko-todoke',
    name: '障害福祉サービス 受給者証記載事項変更届',
    category: shogai,
    description: '障害福祉サービス受給者証の住所・氏名・世帯・所得区分などの変更の届出。',
    perPerson: true,
    fields: [choice('welfare_change_kind', '変更の内容', [['address', '住所'], ['name', '氏名'], ['household', '世帯の状況・所得区分'], ['insurance', '医療保険'], ['other', 'その他']], { required: true })],
  },
  {
    title: '障害福祉サービス 受給者証記載事項変更届',
    titleSize: 15,
    person,
    parts: [{ band: '変更', rows: [pairs(8, [['受給者番号', 'jukyusha_number', 80, { labelWidth: 24 }], ['変更日', 'event_date', undefined, { labelWidth: 16 }]]), choiceRow(9, '変更の内容', 'welfare_change_kind', { labelWidth: 24 }), ...changeRows] }],
    applicant: { band: '届出人' },
    office,
  },
);

const tokubetsuTodoke = standardForm(
  {
    id: 'tokubetsu-jido-fuyo-teate-todoke',
    name: '特別児童扶養手当 住所変更届・資格喪失届',
    category: shogai,
    description: '特別児童扶養手当の受給者の住所・氏名の変更、または資格喪失（対象児童の施設入所・死亡など）の届出。',
    perPerson: true,
    fields: [choice('tokubetsu_event_kind', '届出の種類', [['address', '住所変更'], ['name', '氏名変更'], ['lose', '資格喪失'], ['child_death', '対象児童の死亡'], ['other', 'その他']], { required: true })],
  },
  {
    title: '特別児童扶養手当 住所変更届・資格喪失届',
    titleSize: 15,
    person: { band: '受給者', who: 'person', phone: true },
    parts: [
      { band: '届出', rows: [choiceRow(8, '届出の種類', 'tokubetsu_event_kind', { labelWidth: 24 }), pairs(8, [['証書番号', 'teate_certificate_number', 80, { labelWidth: 24 }], ['事由の日', 'event_date', undefined, { labelWidth: 16 }]]), ...addressRows] },
      childrenTable('対象児童', 2, { living: false }),
    ],
    applicant: { band: '届出人' },
    office,
  },
);

const tokubetsuNintei = standardForm(
  {
    id: 'tokubetsu-jido-fuyo-teate-nintei-seikyu',
    name: '特別児童扶養手当 認定請求書',
    category: shogai,
    description: '精神または身体に障害のある20歳未満の児童を監護する父母等が手当を受けるための認定請求。',
    perPerson: true,
  },
  {
    dateLabel: '請求日',
    person: { band: '請求者', who: 'person', phone: true, relationship: true, individualNumber: true },
    parts: [
      {
        band: '請求者の状況',
        rows: [
          pairs(8, [['配偶者の有無', { choice: 'has_spouse' }, 36, { labelWidth: 24 }], ['配偶者 氏名', 'spouse_name', undefined, { labelWidth: 20 }]]),
          pairs(8, [['前年の所得', 'previous_year_income', 60, { labelWidth: 24, cell: { suffix: '円' } }], ['扶養親族等の数', 'dependants_count', undefined, { labelWidth: 24, cell: { suffix: '人' } }]]),
          pairs(8, [['公的年金', { choice: 'public_pension' }, 60, { labelWidth: 24 }], ['障害名', 'disability_name', undefined, { labelWidth: 24 }]]),
        ],
      },
      childrenTable('対象児童', 2, { living: true }),
      bankSection(),
    ],
    applicant: { band: '窓口に来た方' },
    notes: ['※ 児童の障害の程度を証明する診断書（所定の様式）が必要です。手帳の等級によっては省略できる場合があります。'],
    office,
  },
);

export const welfareForms = [techoHenko, jiritsuShienIryo, serviceShikyu, jukyushashoHenko, tokubetsuTodoke, tokubetsuNintei];
