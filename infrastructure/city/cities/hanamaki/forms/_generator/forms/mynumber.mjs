/**
 * マイナンバーカード (個人番号カード) forms: 継続利用・券面記載事項変更, 電子証明書, 返納, 交付・再交付,
 * 暗証番号. One form per person (each card holder signs their own).
 */
import { checkbox, choice, text } from '../shared-fields.mjs';
import { choiceRow, pairs, photoSection, standardForm } from '../compose.mjs';

const category = 'マイナンバーカード';
const card = { category, perPerson: true };
const person = { band: '対象者', who: 'person', phone: true };
const office = { items: ['券面記載', '住基ネット', 'J-LIS', '審査', '決裁'] };
const pinNote = '※ 暗証番号は、窓口の入力装置でご本人が入力します（職員が聞き取ることはありません）。';
const certificates = { h: 8, cells: [{ label: '電子証明書', w: 24 }, { check: 'cert_signature', text: '署名用電子証明書', w: 60 }, { check: 'cert_user_auth', text: '利用者証明用電子証明書' }] };

const kisaiJikoHenko = standardForm(
  {
    ...card,
    id: 'mynumber-card-kisai-jiko-henko',
    name: '個人番号カード 継続利用・券面記載事項変更届',
    description: '転入したとき（継続利用、転入届から90日以内）や、住所・氏名などが変わったときに、カードの券面を書き換える届出。',
    fields: [
      choice('card_change_kind', '届出の内容', [['keizoku', '継続利用（転入）'], ['address', '住所の変更'], ['name', '氏名の変更'], ['other', 'その他の記載事項の変更']], { required: true }),
      text('previous_name', '変更前の氏名', { maxLength: 40 }),
    ],
  },
  {
    title: '個人番号カード 継続利用・券面記載事項変更届',
    titleSize: 15,
    person,
    parts: [
      {
        band: '変更の内容',
        rows: [
          choiceRow(8, '届出の内容', 'card_change_kind', { labelWidth: 24 }),
          pairs(8, [['変更日', 'event_date', 60, { labelWidth: 24 }], ['変更前の氏名', 'previous_name', undefined, { labelWidth: 24 }]]),
          pairs(8, [['前の住所', 'previous_address', undefined, { labelWidth: 24 }]]),
          { h: 10, cells: [{ label: '新しい住所', w: 24 }, { stack: [{ h: 5.5, field: 'new_address' }, { field: 'new_katagaki', prefix: '方書', size: 8.5 }] }] },
        ],
      },
    ],
    notes: ['※ 転入した方は、転入届をした日から90日以内に継続利用の手続きをしないと、カードが失効します。', pinNote],
    office,
  },
);

const denshiShomeisho = standardForm(
  {
    ...card,
    id: 'denshi-shomeisho-hakko-shinsei',
    name: '電子証明書 発行・更新申請書',
    description: 'マイナンバーカードの電子証明書（署名用・利用者証明用）の新規発行・更新・失効後の再発行の申請。',
    fields: [choice('certificate_request_kind', '申請の種類', [['issue', '新規発行'], ['renew', '更新（有効期限の3か月前から）'], ['reissue', '再発行（住所・氏名の変更で失効）']], { required: true })],
  },
  {
    dateLabel: '申請日',
    intro: '電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律の規定により、次のとおり申請します。',
    person,
    parts: [{ band: '申請の内容', rows: [choiceRow(8, '申請の種類', 'certificate_request_kind', { labelWidth: 24 }), certificates] }],
    applicant: { band: '申請者' },
    notes: ['※ 署名用電子証明書は、15歳未満の方には発行されません。有効期限は発行日から5回目の誕生日までです。', pinNote],
    office,
  },
);

const henno = standardForm(
  {
    ...card,
    id: 'mynumber-card-henno-todoke',
    name: '個人番号カード 返納届',
    description: '死亡・国外転出などでマイナンバーカードを返納するときの届出。',
    fields: [choice('card_return_reason', '返納の理由', [['death', '死亡'], ['abroad', '国外転出'], ['voluntary', '本人の希望'], ['found', '紛失したカードが見つかった'], ['other', 'その他']], { required: true })],
  },
  {
    person: { band: 'カードの名義人', who: 'person' },
    parts: [{ band: '返納', rows: [choiceRow(9, '返納の理由', 'card_return_reason', { labelWidth: 24 }), pairs(8, [['事由が生じた日', 'event_date', undefined, { labelWidth: 24 }]])] }],
    notes: ['※ 返納されたカードは、穴をあけてお返しすることができます（記念に残したい場合はお申し出ください）。'],
    office: { items: ['廃止', '住基ネット', '決裁'] },
  },
);

const kofu = standardForm(
  {
    ...card,
    id: 'mynumber-card-kofu-shinsei',
    name: '個人番号カード 交付申請書',
    description: 'マイナンバーカードの新規の交付申請（窓口での申請補助）。',
    fields: [
      choice('card_receipt_method', '受け取り方法', [['counter', '窓口で受け取る'], ['mail', '本人限定受取郵便で受け取る']], { required: true }),
      checkbox('braille', '点字の表記を希望する'),
    ],
  },
  {
    dateLabel: '申請日',
    intro: '番号法（行政手続における特定の個人を識別するための番号の利用等に関する法律）により申請します。',
    person,
    parts: [
      photoSection({
        band: '申請の内容',
        rows: [
          choiceRow(9, '受け取り方法', 'card_receipt_method', { labelWidth: 24 }),
          { h: 9, cells: [{ label: '電子証明書', w: 24 }, { check: 'cert_signature', text: '署名用', w: 26 }, { check: 'cert_user_auth', text: '利用者証明用' }] },
          { h: 9, cells: [{ label: '点字', w: 24 }, { check: 'braille', text: '券面の点字表記を希望する' }] },
          { h: 18, cells: [{ label: '注意', w: 24 }, { text: '発行される電子証明書は、希望しないものに✓を付けないでください。\n15歳未満の方・成年被後見人の方は、署名用電子証明書は発行されません。', size: 7.5, valign: 'top' }] },
        ],
      }),
    ],
    applicant: { band: '申請者' },
    office,
  },
);

const saikofu = standardForm(
  {
    ...card,
    id: 'mynumber-card-saikofu-shinsei',
    name: '個人番号カード 再交付申請書',
    description: '紛失・破損などによるマイナンバーカードの再交付の申請（手数料がかかります）。',
    fields: [
      choice('card_reissue_reason', '再交付の理由', [['lost', '紛失・盗難'], ['damaged', '破損・汚損'], ['expired', '有効期限切れ'], ['other', 'その他']], { required: true }),
      text('police_report', '警察への遺失届・盗難届（届出先・受理番号）', { maxLength: 60 }),
    ],
  },
  {
    dateLabel: '申請日',
    person,
    parts: [
      photoSection({
        band: '再交付',
        rows: [
          choiceRow(14, '再交付の理由', 'card_reissue_reason', { labelWidth: 24 }),
          pairs(11, [['遺失届・\n盗難届', 'police_report', undefined, { labelWidth: 24 }]]),
          { h: 9, cells: [{ label: '電子証明書', w: 24 }, { check: 'cert_signature', text: '署名用', w: 26 }, { check: 'cert_user_auth', text: '利用者証明用' }] },
          { h: 11, cells: [{ label: '手数料', w: 24 }, { text: 'カード 800円・電子証明書 200円\n（本人の責めによらない場合などは免除）', size: 7.5 }] },
        ],
      }),
    ],
    applicant: { band: '申請者' },
    office,
  },
);

const anshoBango = standardForm(
  {
    ...card,
    id: 'mynumber-ansho-bango-shinsei',
    name: '個人番号カード 暗証番号 再設定・変更申請書',
    description: '暗証番号を忘れた・ロックされたときの再設定、または変更の申請。',
    fields: [
      choice('pin_request_kind', '申請の種類', [['reset', '再設定（忘れた・ロックされた）'], ['change', '変更']], { required: true }),
      checkbox('pin_signature', '署名用電子証明書（英数字6〜16文字）'),
      checkbox('pin_user_auth', '利用者証明用電子証明書（数字4桁）'),
      checkbox('pin_jumin', '住民基本台帳（数字4桁）'),
      checkbox('pin_kenmen', '券面事項入力補助（数字4桁）'),
    ],
  },
  {
    title: '個人番号カード 暗証番号 再設定・変更申請書',
    titleSize: 15,
    dateLabel: '申請日',
    person,
    parts: [
      {
        band: '暗証番号',
        rows: [
          choiceRow(8, '申請の種類', 'pin_request_kind', { labelWidth: 24 }),
          { h: 8, cells: [{ label: '対象', w: 24 }, { check: 'pin_signature', text: '署名用電子証明書（英数字6〜16文字）', w: 78 }, { check: 'pin_user_auth', text: '利用者証明用電子証明書（数字4桁）' }] },
          { h: 8, cells: [{ label: '', w: 24 }, { check: 'pin_jumin', text: '住民基本台帳（数字4桁）', w: 78 }, { check: 'pin_kenmen', text: '券面事項入力補助（数字4桁）' }] },
        ],
      },
    ],
    applicant: { band: '申請者' },
    notes: ['※ 数字4桁の3つの暗証番号は、同じ番号にすることができます。', pinNote],
    office,
  },
);

export const myNumberForms = [kisaiJikoHenko, denshiShomeisho, henno, kofu, saikofu, anshoBango];
