/**
 * 婚姻届 and 離婚届: the husband and the wife side by side (夫・妻), the couple's signatures and two
 * witnesses (婚姻, 協議離婚) on the right. Most couples bring a form already signed by their witnesses;
 * this template is for the counter when it is filled there. The couple comes from the visit's parts:
 * `role.husband` and `role.wife` of the 婚姻 (離婚); their name, birth date and address are required.
 */
import { header, officeUse, remarks } from '../blocks.mjs';
import { section } from '../grid.mjs';
import { choice, date, text } from '../shared-fields.mjs';
import { defineForm } from '../compose.mjs';

const LEFT = { x: 12, width: 194 };
const RIGHT = { x: 214, width: 194 };

const sides = [
  ['husband', '夫'],
  ['wife', '妻'],
];

/** The fields of 夫 and 妻, the same ids in both forms. */
export function coupleFields() {
  return sides.flatMap(([side, who]) => [
    text(`${side}_name`, `${who} 氏名`, { required: true, maxLength: 40, binding: `role.${side}.name` }),
    text(`${side}_kana`, `${who} フリガナ`, { maxLength: 60, binding: `role.${side}.nameKana|katakana` }),
    date(`${side}_birth_date`, `${who} 生年月日`, { required: true, binding: `role.${side}.birthDate` }),
    text(`${side}_address`, `${who} 住所`, { required: true, maxLength: 120, binding: `role.${side}.address` }),
    text(`${side}_head_name`, `${who} 世帯主の氏名`, { maxLength: 40 }),
    text(`${side}_honseki`, `${who} 本籍`, { maxLength: 36 }),
    text(`${side}_hittosha_name`, `${who} 本籍の筆頭者`, { maxLength: 40 }),
    text(`${side}_parents`, `${who} 父母の氏名・続き柄`, { maxLength: 60 }),
    text(`${side}_occupation`, `${who} 職業`, { maxLength: 30 }),
    { id: `${side}_signature`, label: `${who} 署名`, type: 'signature', required: true },
  ]);
}

function witnessFields() {
  return [1, 2].flatMap((n) => [
    { id: `witness_${n}_signature`, label: `証人${n} 署名`, type: 'signature', required: false },
    date(`witness_${n}_birth_date`, `証人${n} 生年月日`),
    text(`witness_${n}_address`, `証人${n} 住所`, { maxLength: 120 }),
    text(`witness_${n}_honseki`, `証人${n} 本籍`, { maxLength: 70 }),
  ]);
}

const both = (label, cell, h, labelSize) => ({ h, cells: [{ label, w: 26, ...(labelSize ? { size: labelSize } : {}) }, { ...cell('husband'), w: 80.5 }, cell('wife')] });

function coupleRows(kind) {
  const heading = kind === 'konin' ? ['夫になる人', '妻になる人'] : ['夫', '妻'];
  return [
    { h: 5.5, cells: [{ label: '', w: 26 }, { label: heading[0], w: 80.5 }, { label: heading[1] }] },
    both('フリガナ', (side) => ({ field: `${side}_kana`, size: 8 }), 5.5),
    both('氏名', (side) => ({ field: `${side}_name`, size: 13, font: 'mincho' }), 10),
    both('生年月日', (side) => ({ field: `${side}_birth_date` }), 7),
    both('住所', (side) => ({ field: `${side}_address`, size: 8.5 }), 10),
    both('世帯主の氏名', (side) => ({ field: `${side}_head_name` }), 7),
    both('本籍', (side) => ({ stack: [{ h: 5.5, field: `${side}_honseki`, size: 8.5 }, { field: `${side}_hittosha_name`, prefix: '筆頭者', size: 8.5 }] }), 11),
    both('父母の氏名\n父母との続き柄', (side) => ({ field: `${side}_parents`, size: 8.5 }), 9),
    both('職業', (side) => ({ field: `${side}_occupation` }), 7),
  ];
}

function signatures(page, kind) {
  section(page, {
    band: '届出人署名',
    ...RIGHT,
    rows: sides.map(([side, who]) => ({ h: 16, cells: [{ label: kind === 'konin' ? `${who}になる人` : who, w: 26 }, { signature: `${side}_signature`, caption: '署名（本人が自書してください）' }] })),
  });
  const col = (cell) => [1, 2].map((n, i) => ({ ...cell(n), ...(i === 0 ? { w: 80.5 } : {}) }));
  section(page, {
    band: '証人',
    ...RIGHT,
    rows: [
      { h: 5.5, cells: [{ label: '', w: 26 }, { label: '証人1', w: 80.5 }, { label: '証人2' }] },
      { h: 15, cells: [{ label: '署名', w: 26 }, ...col((n) => ({ signature: `witness_${n}_signature`, caption: '署名' }))] },
      { h: 7, cells: [{ label: '生年月日', w: 26 }, ...col((n) => ({ field: `witness_${n}_birth_date` }))] },
      { h: 10, cells: [{ label: '住所', w: 26 }, ...col((n) => ({ field: `witness_${n}_address`, size: 8.5 }))] },
      { h: 10, cells: [{ label: '本籍', w: 26 }, ...col((n) => ({ field: `witness_${n}_honseki`, size: 8.5 }))] },
    ],
  });
  page.text(RIGHT.x, page.y - 1.5, RIGHT.width, 4.5, `※ 証人は18歳以上の方2人です${kind === 'rikon' ? '（協議離婚のときだけ必要です）' : ''}。署名は本人が自書します。`, { size: 7 });
  page.y += 4;
}

const konin = {
  spec: {
    id: 'konin-todoke',
    name: '婚姻届',
    description: '婚姻の届出。届け出た日に婚姻が成立します。住所が変わる場合は、別に転入届・転居届が必要です。',
    fields: [
      choice('marital_surname', '婚姻後の夫婦の氏', [['husband', '夫の氏'], ['wife', '妻の氏']], { required: true, binding: 'answers.marital_surname' }),
      text('new_honseki', '新しい本籍', { maxLength: 90 }),
      text('marriage_history', '初婚・再婚の別（再婚は直前の婚姻の終了日）', { maxLength: 60 }),
      text('husband_household_work', '同居を始める前の夫の世帯のおもな仕事', { maxLength: 20 }),
      text('wife_household_work', '同居を始める前の妻の世帯のおもな仕事', { maxLength: 20 }),
    ],
  },
  rows: [
    { h: 9, cells: [{ label: '婚姻後の夫婦の\n氏・新しい本籍', w: 26, size: 7.5 }, { choice: 'marital_surname', w: 50 }, { field: 'new_honseki', prefix: '新本籍', size: 9 }] },
    { h: 7, cells: [{ label: '同居を始めたとき', w: 26, size: 7.5 }, { field: 'cohabitation_start', w: 50 }, { label: '初婚・再婚', w: 20 }, { field: 'marriage_history', size: 8.5 }] },
    { h: 10, cells: [{ label: '同居前の世帯の\nおもな仕事', w: 26, size: 7.5 }, { field: 'husband_household_work', prefix: '夫', w: 80.5 }, { field: 'wife_household_work', prefix: '妻' }] },
  ],
};

const rikon = {
  spec: {
    id: 'rikon-todoke',
    name: '離婚届',
    description: '離婚の届出。協議離婚は届け出た日に成立し、調停・裁判による離婚は確定の日から10日以内に届け出ます。',
    fields: [
      choice('divorce_kind', '離婚の種別', [['agreement', '協議離婚'], ['mediation', '調停'], ['adjudication', '審判'], ['settlement', '和解'], ['acknowledgement', '請求の認諾'], ['judgement', '判決']], { required: true }),
      choice('returning_spouse', '婚姻前の氏にもどる者', [['husband', '夫'], ['wife', '妻']]),
      choice('returning_honseki', '婚姻前の氏にもどる者の本籍', [['original', 'もとの戸籍にもどる'], ['new', '新しい戸籍をつくる']]),
      text('children_husband_custody', '夫が親権を行う子', { maxLength: 60 }),
      text('children_wife_custody', '妻が親権を行う子', { maxLength: 60 }),
      text('separation_date', '別居したとき（年月）', { maxLength: 20 }),
      text('address_before_separation', '別居する前の住所', { maxLength: 120 }),
    ],
  },
  rows: [
    { h: 9, cells: [{ label: '離婚の種別', w: 26 }, { choice: 'divorce_kind' }] },
    { h: 9, cells: [{ label: '婚姻前の氏に\nもどる者の本籍', w: 26, size: 7.5 }, { choice: 'returning_spouse', w: 34 }, { choice: 'returning_honseki' }] },
    { h: 9, cells: [{ label: '未成年の子の氏名', w: 26, size: 7.5 }, { field: 'children_husband_custody', prefix: '夫が親権を行う子', w: 80.5, size: 9 }, { field: 'children_wife_custody', prefix: '妻が親権を行う子', size: 9 }] },
    { h: 7, cells: [{ label: '同居の期間', w: 26 }, { field: 'cohabitation_start', prefix: '同居を始めたとき', w: 80.5, size: 9 }, { field: 'separation_date', prefix: '別居したとき', size: 9 }] },
    { h: 8, cells: [{ label: '別居する前の住所', w: 26, size: 7.5 }, { field: 'address_before_separation', size: 9 }] },
    { h: 14, cells: [{ label: '別居する前の\n世帯の\nおもな仕事', w: 26, size: 7.5 }, { choice: 'household_work' }] },
  ],
};

/** 婚姻届 ('konin') or 離婚届 ('rikon'). */
export function coupleForm(kind) {
  const { spec, rows } = kind === 'konin' ? konin : rikon;
  return defineForm(
    { ...spec, category: '戸籍届', paper: { size: 'A3', orientation: 'landscape' }, fields: [...coupleFields(), ...witnessFields(), ...spec.fields] },
    (form) => {
      const page = form.newPage();
      header(page, { title: spec.name, titleSize: 20, intro: '戸籍法の規定により、次のとおり届け出ます。' });
      const top = page.y;
      section(page, { band: kind === 'konin' ? '婚姻する人' : '離婚する人', ...LEFT, rows: coupleRows(kind) });
      section(page, { band: kind === 'konin' ? '婚姻' : '離婚', ...LEFT, rows });
      page.y = top;
      signatures(page, kind);
      section(page, { ...RIGHT, rows: [{ h: 8, cells: [{ label: '連絡先（電話）', w: 33 }, { field: 'applicant_phone' }] }] });
      remarks(page, { ...RIGHT, h: 14 });
      officeUse(page, { items: ['受理', '送付', '戸籍記載', '記載調査', '調査票', '附票', '住民票', '通知'] });
    },
  );
}
