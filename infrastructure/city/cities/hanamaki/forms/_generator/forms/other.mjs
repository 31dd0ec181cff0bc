/**
 * 犬の登録 (登録事項変更届, 死亡届: 生活環境課・総合支所) and 原動機付自転車・小型特殊自動車の
 * 申告 (標識交付・廃車: 市民税課・総合支所).
 */
import { checkbox, choice, date, number, text } from '../shared-fields.mjs';
import { choiceRow, pairs, standardForm } from '../compose.mjs';

const inu = '犬の登録';
const dogOffice = { items: ['台帳', '鑑札', '決裁'] };
const dogRows = [
  pairs(8, [['犬の名前', 'dog_name', 60, { labelWidth: 24 }], ['登録番号', 'dog_registration_number', undefined, { labelWidth: 18 }]]),
  pairs(8, [['種類', 'dog_breed', 60, { labelWidth: 24 }], ['性別', { choice: 'dog_sex' }, undefined, { labelWidth: 18 }]]),
];
const owner = { band: '飼い主', who: 'applicant', phone: true };

const henko = standardForm(
  {
    id: 'inu-toroku-henko-todoke',
    name: '犬の登録事項変更届',
    category: inu,
    description: '犬の飼い主の住所（転入・転居）・所有者が変わったときの届出（30日以内）。転入の場合は前住所地の鑑札を持参します。',
    fields: [
      choice('dog_change_kind', '変更の内容', [['move_in', '転入（所在地の変更）'], ['move', '転居（所在地の変更）'], ['owner', '所有者の変更'], ['other', 'その他']], { required: true }),
      text('dog_color', '毛色', { maxLength: 20 }),
      text('dog_birth', '犬の生年月（わかる範囲）', { maxLength: 20 }),
      date('rabies_vaccination_date', '今年度の狂犬病予防注射の日'),
    ],
  },
  {
    parts: [
      { person: owner },
      {
        band: '犬',
        rows: [...dogRows, pairs(8, [['毛色', 'dog_color', 60, { labelWidth: 24 }], ['生年月', 'dog_birth', undefined, { labelWidth: 18 }]]), pairs(8, [['注射の日', 'rabies_vaccination_date', undefined, { labelWidth: 24 }]])],
      },
      {
        band: '変更',
        rows: [
          choiceRow(9, '変更の内容', 'dog_change_kind', { labelWidth: 24 }),
          pairs(8, [['変更日', 'event_date', 60, { labelWidth: 24 }], ['前住所地', 'previous_municipality', undefined, { labelWidth: 18 }]]),
          pairs(8, [['前の所在地', 'previous_address', undefined, { labelWidth: 24 }]]),
          pairs(8, [['前の所有者', 'previous_owner_name', undefined, { labelWidth: 24 }]]),
        ],
      },
    ],
    applicant: { band: '届出人署名', capacity: false, address: false },
    notes: ['※ 転入した方は、前住所地の鑑札をお持ちください。花巻市の鑑札と交換します（無料）。'],
    office: dogOffice,
  },
);

const shibo = standardForm(
  {
    id: 'inu-shibo-todoke',
    name: '犬の死亡届',
    category: inu,
    description: '登録している犬が死亡したときの届出（30日以内）。',
    fields: [date('dog_death_date', '犬が死亡した日', { required: true }), checkbox('dog_tags_returned', '鑑札・注射済票を返納する')],
  },
  {
    parts: [
      { person: owner },
      { band: '犬', rows: [...dogRows, pairs(8, [['死亡した日', 'dog_death_date', 60, { labelWidth: 24 }], ['返納', { check: 'dog_tags_returned', text: '鑑札・注射済票を返納する' }, undefined, { labelWidth: 18 }]])] },
    ],
    applicant: { band: '届出人署名', capacity: false, address: false },
    office: dogOffice,
  },
);

const keijidoshazei = standardForm(
  {
    id: 'keijidoshazei-shinkoku',
    name: '軽自動車税（種別割）申告書 兼 標識交付申請書',
    category: '軽自動車税',
    description: '原動機付自転車・小型特殊自動車の登録（標識交付）・廃車（標識返納）・変更の申告（市民税課・総合支所）。',
    fields: [
      choice('moped_event_kind', '申告の種類', [['register', '登録（標識交付）'], ['deregister', '廃車（標識返納）'], ['change', '所有者・定置場の変更']], { required: true }),
      choice('vehicle_kind', '車両の種類', [['class1', '原付一種（50cc以下）'], ['class2b', '原付二種（90cc以下）'], ['class2a', '原付二種（125cc以下）'], ['minicar', 'ミニカー'], ['farm', '小型特殊（農耕作業用）'], ['special', '小型特殊（その他）']], { required: true }),
      text('vehicle_maker', '車名（メーカー）', { maxLength: 30 }),
      text('vehicle_model', '型式', { maxLength: 30 }),
      text('vehicle_frame_number', '車台番号', { maxLength: 30 }),
      number('engine_displacement', '総排気量（cc）・定格出力（kW）'),
      text('plate_number', '標識番号（廃車・変更）', { maxLength: 20 }),
      date('acquisition_date', '取得日・廃車日'),
      choice('acquisition_reason', '取得・廃車の理由', [['new', '新車'], ['used', '中古車'], ['transfer', '譲渡'], ['move_in', '転入'], ['scrap', '解体・譲渡・盗難']]),
    ],
  },
  {
    title: '軽自動車税（種別割）申告書 兼 標識交付申請書',
    titleSize: 14,
    subtitle: '（原動機付自転車・小型特殊自動車）',
    dateLabel: '申告日',
    intro: '花巻市税条例の規定により、次のとおり申告します。',
    parts: [
      { person: { ...owner, band: '所有者' } },
      {
        band: '車両',
        rows: [
          choiceRow(8, '申告の種類', 'moped_event_kind', { labelWidth: 24 }),
          choiceRow(9, '車両の種類', 'vehicle_kind', { labelWidth: 24 }),
          pairs(8, [['車名', 'vehicle_maker', 60, { labelWidth: 24 }], ['型式', 'vehicle_model', undefined, { labelWidth: 18 }]]),
          pairs(8, [['車台番号', 'vehicle_frame_number', 80, { labelWidth: 24, cell: { font: 'gothic' } }], ['排気量', 'engine_displacement', undefined, { labelWidth: 18, cell: { suffix: 'cc・kW' } }]]),
          pairs(8, [['取得・廃車日', 'acquisition_date', 60, { labelWidth: 24 }], ['標識番号', 'plate_number', undefined, { labelWidth: 18 }]]),
          choiceRow(8, '理由', 'acquisition_reason', { labelWidth: 24 }),
          pairs(8, [['主たる定置場', 'new_address', undefined, { labelWidth: 24 }]]),
          pairs(8, [['前の所有者', 'previous_owner_name', undefined, { labelWidth: 24 }]]),
        ],
      },
    ],
    applicant: { band: '申告者署名', capacity: false, address: false },
    notes: ['※ 登録には販売証明書または譲渡証明書、廃車には標識（ナンバープレート）をお持ちください。4月1日現在の所有者に、その年度の税金がかかります。'],
    office: { items: ['標識交付', '課税台帳', '決裁'] },
  },
);

export const otherForms = [henko, shibo, keijidoshazei];
