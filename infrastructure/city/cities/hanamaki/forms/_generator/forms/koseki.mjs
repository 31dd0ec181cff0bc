/**
 * 戸籍届 (出生・死亡・婚姻・離婚・婚氏続称) and 死体火葬許可申請. The 戸籍 notifications follow the national
 * forms' items on A3 landscape: the 届書 on the left, the certificate or the witnesses on the right. The
 * doctor's certificate (出生証明書・死亡診断書) is printed empty: the doctor or midwife fills it by hand.
 */
import { applicantSection, header, officeUse, remarks } from '../blocks.mjs';
import { section } from '../grid.mjs';
import { choice, date, text } from '../shared-fields.mjs';
import { choiceRow, defineForm, pairs, standardForm } from '../compose.mjs';
import { coupleForm } from './koseki-couple.mjs';

const A3 = { size: 'A3', orientation: 'landscape' };
const LEFT = { x: 12, width: 194 };
const RIGHT = { x: 214, width: 194 };
const kosekiOffice = { items: ['受理', '送付', '戸籍記載', '記載調査', '調査票', '附票', '住民票', '通知'] };

/** A static block (label + empty box rows) the doctor or midwife fills by hand. */
function handwrittenBlock(page, band, rows, note) {
  section(page, { band, ...RIGHT, rows: rows.map(([label, h, caption]) => ({ h, cells: [{ label, w: 30 }, caption ? { blank: true, caption } : { blank: true }] })) });
  if (note) {
    page.text(RIGHT.x, page.y - 1.5, RIGHT.width, 5, note, { size: 7 });
    page.y += 4;
  }
}

const shusseiTodoke = defineForm(
  {
    id: 'shussei-todoke',
    name: '出生届',
    category: '戸籍届',
    description: '子の出生の届出（生まれた日を含めて14日以内）。右側の出生証明書は医師・助産師が記入します。',
    paper: A3,
    fields: [
      choice('child_legitimacy', '父母との続き柄', [['legitimate', '嫡出子'], ['not_legitimate', '嫡出でない子']], { required: true }),
      text('child_order', '続き柄（長男・二女など）', { maxLength: 6 }),
      text('birth_time', '生まれた時刻', { maxLength: 20, help: '例: 午前10時15分' }),
      text('birth_place', '生まれたところ', { maxLength: 120 }),
      date('father_birth_date', '父の生年月日', { binding: 'role.father.birthDate' }),
      date('mother_birth_date', '母の生年月日', { binding: 'role.mother.birthDate' }),
      text('parents_occupation', '父母の職業（国勢調査の年のみ）', { maxLength: 40 }),
      choice('notifier_qualification', '届出人の資格', [['father', '父'], ['mother', '母'], ['cohabitant', '同居者'], ['doctor', '医師・助産師'], ['other', 'その他']], { required: true }),
    ],
  },
  (form) => {
    const page = form.newPage();
    header(page, { title: '出生届', titleSize: 20, intro: '戸籍法の規定により、次のとおり届け出ます。' });
    const top = page.y;
    section(page, {
      band: '生まれた子',
      ...LEFT,
      rows: [
        { h: 6, cells: [{ label: 'フリガナ', w: 24 }, { field: 'concerned_1_kana', w: 90, size: 8.5 }, { label: '父母との続き柄', w: 24, size: 7.5 }, { choice: 'child_legitimacy' }] },
        { h: 11, cells: [{ label: '子の氏名', w: 24 }, { field: 'concerned_1_name', w: 90, size: 14, font: 'mincho' }, { label: '続き柄', w: 24 }, { field: 'child_order', align: 'center' }] },
        pairs(8, [['生まれたとき', 'concerned_1_birth_date', 66, { labelWidth: 24 }], ['時刻', 'birth_time', undefined, { labelWidth: 14 }]]),
        pairs(9, [['生まれたところ', 'birth_place', undefined, { labelWidth: 24 }]]),
        pairs(11, [['住所（住民登録をするところ）', { stack: [{ h: 4, field: 'head_postal_code', prefix: '〒', size: 8 }, { field: 'head_address' }] }, 94, { labelWidth: 24, labelSize: 7 }], ['世帯主の氏名', 'head_name', undefined, { labelWidth: 18, labelSize: 7.5 }]]),
      ],
    });
    section(page, {
      band: '父母',
      ...LEFT,
      rows: [
        { h: 5.5, cells: [{ label: '', w: 24 }, { label: '父', w: 81.5 }, { label: '母' }] },
        { h: 10, cells: [{ label: '氏名', w: 24 }, { field: 'father_name', w: 81.5, size: 12, font: 'mincho' }, { field: 'mother_name', size: 12, font: 'mincho' }] },
        { h: 8, cells: [{ label: '生年月日', w: 24 }, { field: 'father_birth_date', w: 81.5 }, { field: 'mother_birth_date' }] },
        { h: 10, cells: [{ label: '本籍', w: 24 }, { stack: [{ h: 5.5, field: 'honseki' }, { field: 'hittosha_name', prefix: '筆頭者の氏名', size: 9 }] }] },
        pairs(8, [['同居を始めたとき', 'cohabitation_start', 60, { labelWidth: 24, labelSize: 7.5 }], ['父母の職業', 'parents_occupation', undefined, { labelWidth: 20 }]]),
        { h: 14, cells: [{ label: '子が生まれた\nときの世帯の\nおもな仕事', w: 24, size: 7.5 }, { choice: 'household_work' }] },
      ],
    });
    section(page, { ...LEFT, rows: [choiceRow(8, '届出人の資格', 'notifier_qualification', { labelWidth: 31 })] });
    applicantSection(page, { ...LEFT, capacity: false });
    remarks(page, { ...LEFT, h: 10 });
    page.y = top;
    handwrittenBlock(
      page,
      '出生証明書',
      [
        ['子の氏名・男女の別', 10, '氏名　　　　　　　　　　　　　　　　　　　　　　　　男・女'],
        ['生まれたとき', 8, '令和　　年　　月　　日　　午前・午後　　時　　分'],
        ['出生したところの種別', 8, '1 病院　2 診療所　3 助産所　4 自宅　5 その他'],
        ['出生したところ', 10, '所在地・名称'],
        ['体重及び身長', 8, '体重　　　　　グラム　　身長　　　　　センチメートル'],
        ['単胎・多胎の別', 8, '1 単胎　2 多胎（　子中第　子）'],
        ['母の氏名・妊娠週数', 8, '氏名　　　　　　　　　　　　　　妊娠　満　　週　　日'],
        ['母の出産した子の数', 8, '出生子（この出生子及び出生後死亡した子を含む）　　人　死産児　　胎'],
        ['証明者', 26, '1 医師　2 助産師　3 その他　　上記のとおり証明する。　令和　　年　　月　　日\n住所\n氏名（署名）'],
      ],
      '※ 出生証明書は、出生に立ち会った医師・助産師などが記入します。',
    );
    officeUse(page, kosekiOffice);
  },
);

const shiboTodoke = defineForm(
  {
    id: 'shibo-todoke',
    name: '死亡届',
    category: '戸籍届',
    description: '死亡の届出（死亡を知った日から7日以内）。右側の死亡診断書（死体検案書）は医師が記入します。',
    paper: A3,
    fields: [
      choice('spouse_status', '配偶者', [['alive', 'いる'], ['unmarried', 'いない（未婚）'], ['bereaved', 'いない（死別）'], ['divorced', 'いない（離別）']]),
      text('deceased_occupation', '死亡した人の職業・産業（国勢調査の年のみ）', { maxLength: 40 }),
      choice('notifier_qualification_death', '届出人の資格', [['relative', '同居の親族'], ['other_relative', '同居していない親族'], ['cohabitant', '同居者'], ['landlord', '家主・地主・家屋管理人'], ['guardian', '後見人等'], ['other', 'その他']], { required: true }),
    ],
  },
  (form) => {
    const page = form.newPage();
    header(page, { title: '死亡届', titleSize: 20, intro: '戸籍法の規定により、次のとおり届け出ます。' });
    const top = page.y;
    section(page, {
      band: '死亡した人',
      ...LEFT,
      rows: [
        { h: 6, cells: [{ label: 'フリガナ', w: 24 }, { field: 'concerned_1_kana', w: 100, size: 8.5 }, { label: '性別', w: 14 }, { field: 'concerned_1_sex', align: 'center' }] },
        { h: 11, cells: [{ label: '氏名', w: 24 }, { field: 'concerned_1_name', w: 100, size: 14, font: 'mincho' }, { label: '生年月日', w: 14, size: 7.5 }, { field: 'concerned_1_birth_date', size: 9 }] },
        pairs(8, [['死亡したとき', 'death_date', 66, { labelWidth: 24 }], ['時刻', 'death_time', undefined, { labelWidth: 14 }]]),
        pairs(9, [['死亡したところ', 'death_place', undefined, { labelWidth: 24 }]]),
        pairs(9, [['住所', 'deceased_address', 110, { labelWidth: 24 }], ['世帯主', 'head_name', undefined, { labelWidth: 14 }]]),
        { h: 10, cells: [{ label: '本籍', w: 24 }, { stack: [{ h: 5.5, field: 'honseki' }, { field: 'hittosha_name', prefix: '筆頭者の氏名', size: 9 }] }] },
        choiceRow(8, '配偶者', 'spouse_status', { labelWidth: 24 }),
        { h: 14, cells: [{ label: '死亡したとき\nの世帯の\nおもな仕事', w: 24, size: 7.5 }, { choice: 'household_work' }] },
        pairs(8, [['職業・産業', 'deceased_occupation', undefined, { labelWidth: 24 }]]),
      ],
    });
    section(page, { ...LEFT, rows: [{ h: 10, cells: [{ label: '届出人の資格', w: 31 }, { choice: 'notifier_qualification_death' }] }] });
    applicantSection(page, { ...LEFT, capacity: false });
    page.y = top;
    handwrittenBlock(
      page,
      '死亡診断書（死体検案書）',
      [
        ['氏名・性別・生年月日', 10, ''],
        ['死亡したとき', 8, '令和　　年　　月　　日　　午前・午後　　時　　分'],
        ['死亡したところ及びその種別', 12, '1 病院　2 診療所　3 介護医療院・介護老人保健施設　4 助産所　5 老人ホーム　6 自宅　7 その他'],
        ['死亡の原因', 30, 'Ⅰ（ア）直接死因　（イ）（ア）の原因　（ウ）（イ）の原因　（エ）（ウ）の原因\nⅡ 直接には死因に関係しないが、Ⅰ欄の傷病経過に影響を及ぼした傷病名等\n発病（発症）又は受傷から死亡までの期間　　手術・解剖の有無'],
        ['死因の種類', 12, '1 病死及び自然死　　外因死（2 交通事故　3 転倒・転落　4 溺水　5 煙、火災及び火焔による傷害\n6 窒息　7 中毒　8 その他）　9 自殺　10 他殺　11 その他及び不詳の外因　　12 不詳の死'],
        ['その他特に付言すべきことがら', 14, ''],
        ['診断（検案）年月日・医師', 24, '上記のとおり診断（検案）する。　診断（検案）年月日　令和　　年　　月　　日\n病院等の名称・所在地\n医師　（署名）'],
      ],
      '※ 死亡診断書（死体検案書）は、医師が記入します。',
    );
    remarks(page, { ...RIGHT, h: 10 });
    officeUse(page, kosekiOffice);
  },
);

const kasoKyokaShinsei = standardForm(
  {
    id: 'kaso-kyoka-shinsei',
    name: '死体火葬許可申請書',
    category: '戸籍届',
    description: '死亡届と同時に申請し、火葬許可証の交付を受けます。',
    fields: [
      choice('cause_of_death_kind', '死因', [['infectious', '一類感染症等'], ['other', 'その他']], { required: true }),
      text('cremation_place', '火葬の場所', { maxLength: 60, help: '例: 花巻市斎場' }),
      text('cremation_datetime', '火葬の予定日時', { maxLength: 30 }),
    ],
  },
  {
    dateLabel: '申請日',
    intro: '墓地、埋葬等に関する法律の規定により、次のとおり火葬の許可を申請します。',
    parts: [
      {
        band: '死亡者',
        rows: [
          { h: 6, cells: [{ label: 'フリガナ', w: 24 }, { field: 'concerned_1_kana', w: 90, size: 8.5 }, { label: '性別', w: 16 }, { field: 'concerned_1_sex', align: 'center' }] },
          { h: 10, cells: [{ label: '氏名', w: 24 }, { field: 'concerned_1_name', w: 90, size: 13, font: 'mincho' }, { label: '生年月日', w: 16, size: 7.5 }, { field: 'concerned_1_birth_date', size: 9 }] },
          { h: 10, cells: [{ label: '本籍', w: 24 }, { stack: [{ h: 5.5, field: 'honseki' }, { field: 'hittosha_name', prefix: '筆頭者の氏名', size: 9 }] }] },
          pairs(9, [['住所', 'deceased_address', undefined, { labelWidth: 24 }]]),
          pairs(8, [['死亡年月日', 'death_date', 64, { labelWidth: 24 }], ['時刻', 'death_time', undefined, { labelWidth: 16 }]]),
          pairs(9, [['死亡の場所', 'death_place', undefined, { labelWidth: 24 }]]),
          choiceRow(8, '死因', 'cause_of_death_kind', { labelWidth: 24 }),
        ],
      },
      { band: '火葬', rows: [pairs(9, [['火葬の場所', 'cremation_place', 90, { labelWidth: 24 }], ['予定日時', 'cremation_datetime', undefined, { labelWidth: 18 }]])] },
    ],
    applicant: { band: '申請者', capacity: false },
    notes: ['※ 火葬許可証は、火葬の際に火葬場へ提出してください。火葬後に埋葬許可証として返されます。'],
    office: { items: ['許可番号', '許可証交付', '決裁'] },
  },
);

const konshiZokushoTodoke = standardForm(
  {
    id: 'konshi-zokusho-todoke',
    name: '離婚の際に称していた氏を称する届',
    category: '戸籍届',
    description: '離婚の日から3か月以内に、婚姻中の氏をそのまま名乗るための届出（戸籍法第77条の2）。',
    perPerson: true,
    fields: [date('divorce_date', '離婚の年月日', { required: true }), text('surname_before', '離婚の際に称していた氏（変更前の氏）', { maxLength: 20 }), text('surname_after', '離婚の際に称していた氏（称する氏）', { maxLength: 20 })],
  },
  {
    title: '離婚の際に称していた氏を称する届',
    titleSize: 15,
    intro: '戸籍法第77条の2の規定により、次のとおり届け出ます。',
    person: { band: '届出人', who: 'person', phone: true },
    parts: [
      {
        band: '氏',
        rows: [
          pairs(9, [['離婚の年月日', 'divorce_date', undefined, { labelWidth: 30 }]]),
          pairs(10, [['現在の氏', 'surname_before', 60, { labelWidth: 30, cell: { font: 'mincho', size: 13 } }], ['称する氏', 'surname_after', undefined, { labelWidth: 30, cell: { font: 'mincho', size: 13 } }]]),
          { h: 10, cells: [{ label: '本籍', w: 30 }, { stack: [{ h: 5.5, field: 'honseki' }, { field: 'hittosha_name', prefix: '筆頭者の氏名', size: 9 }] }] },
        ],
      },
    ],
    applicant: { band: '署名', capacity: false, address: false },
    office: { items: ['受理', '戸籍記載', '記載調査', '住民票', '通知'] },
  },
);

export const kosekiForms = [shusseiTodoke, shiboTodoke, kasoKyokaShinsei, coupleForm('konin'), coupleForm('rikon'), konshiZokushoTodoke];
