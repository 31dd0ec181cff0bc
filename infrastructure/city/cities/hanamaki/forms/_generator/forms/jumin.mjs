/**
 * 住民異動届: 転入・転居・転出・世帯変更 on one A4 landscape form, as most cities print it. The persons
 * who move are the visit's persons concerned: six rows a sheet, more continue on 続紙 that repeat the
 * header and the 住所 block (new address, new head of household).
 */
import { applicantSection, header, individualNumberCell, notes, officeUse, remarks } from '../blocks.mjs';
import { section, table } from '../grid.mjs';
import { choice } from '../shared-fields.mjs';
import { defineForm } from '../compose.mjs';

const moveKinds = [
  ['tennyu', '転入'],
  ['tennyu_tokurei', '転入（マイナンバーカードの特例）'],
  ['tenkyo', '転居（市内）'],
  ['tenshutsu', '転出'],
  ['setainushi_henko', '世帯主変更'],
  ['setai_bunri', '世帯分離'],
  ['setai_gappei', '世帯合併'],
  ['setai_kosei_henko', '世帯構成変更'],
];

const juminIdoTodoke = defineForm(
  {
    id: 'jumin-ido-todoke',
    name: '住民異動届',
    category: '住民異動',
    description: '転入・転居・転出と世帯の変更（世帯主変更・世帯分離・世帯合併）の届出。異動する方を1枚に6人まで記入し、7人目からは続紙に続けます。',
    paper: { size: 'A4', orientation: 'landscape' },
    perPerson: false,
    fields: [
      choice('move_kind', '届出の種類', moveKinds, { required: true, binding: 'visit.lifeEventId' }),
      choice('moved_from_area', '転入前の住所地', [['iwate', '岩手県内'], ['other', '岩手県外'], ['abroad', '国外']], { binding: 'answers.moved_from' }),
    ],
  },
  (form) => {
    const page = form.newPage();
    header(page, { title: '住民異動届', subtitle: '（転入・転居・転出・世帯変更）', intro: '住民基本台帳法の規定により、次のとおり届け出ます。' });
    section(page, {
      band: '異動',
      rows: [
        { h: 8, cells: [{ label: '届出の種類', w: 22 }, { choice: 'move_kind' }] },
        { h: 8, cells: [{ label: '異動日', w: 22 }, { field: 'move_date', w: 60 }, { text: '転出は予定日を記入', w: 34, size: 7 }, { label: '転入前の住所地', w: 26 }, { choice: 'moved_from_area' }] },
      ],
    });
    section(page, {
      band: '住所',
      repeat: true,
      rows: [
        { h: 10, cells: [{ label: '新しい住所', w: 22 }, { stack: [{ h: 5.5, field: 'new_address', size: 10.5 }, { field: 'new_katagaki', prefix: '方書', size: 8.5 }], w: 150 }, { label: '新しい世帯主', w: 22 }, { field: 'head_name', font: 'mincho', size: 11 }] },
        { h: 8, cells: [{ label: '前の住所', w: 22 }, { field: 'previous_address', w: 150, size: 10 }, { label: '前の世帯主', w: 22 }, { field: 'previous_head_name', font: 'mincho', size: 11 }] },
      ],
    });
    table(page, {
      band: '異動する人',
      rowHeight: 8,
      columns: [
        { header: 'フリガナ／氏名', w: 72, cell: (n) => ({ stack: [{ h: 3.6, field: `concerned_${n}_kana`, size: 7 }, { field: `concerned_${n}_name`, size: 11, font: 'mincho' }] }) },
        { header: '生年月日', w: 38, cell: (n) => ({ field: `concerned_${n}_birth_date`, size: 9.5, align: 'center' }) },
        { header: '性別', w: 12, cell: (n) => ({ field: `concerned_${n}_sex`, align: 'center' }) },
        { header: '続柄', w: 26, cell: (n) => ({ field: `concerned_${n}_relationship`, align: 'center', size: 9.5 }) },
        { header: '個人番号', w: 50, cell: (n) => individualNumberCell(`concerned_${n}_individual_number`) },
        { header: 'カード（継続・返納）', w: 30, size: 7, cell: () => ({ blank: true }) },
        { header: '関係する手続き（市記入）', w: 33, size: 7, cell: () => ({ blank: true }) },
      ],
      rows: 6,
      continues: 'concerned',
    });
    applicantSection(page, { address: false });
    remarks(page, { h: 8 });
    notes(page, ['※ 異動する方が7人以上のときは、続紙（2枚目以降）に続けて記入します。転出の方には転出証明書を交付します（マイナンバーカードの特例による転出を除く）。'], { size: 6.5, gap: -0.5 });
    officeUse(page, { items: ['入力', '審査', '決裁', '転出証明書', '住基ネット', '国保', '年金', '介護', '児童手当', '学校'] });
  },
);

export const juminForms = [juminIdoTodoke];
