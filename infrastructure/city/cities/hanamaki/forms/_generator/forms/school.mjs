/**
 * 学校教育: the 転入学・転校届 a parent makes, and the 転入学通知書 the board of education issues (no
 * signature). One form per pupil.
 */
import { date } from '../shared-fields.mjs';
import { choiceRow, pairs, standardForm } from '../compose.mjs';

const gakko = '学校教育';
const idoTodoke = standardForm(
  {
    id: 'gakurei-jido-seito-ido-todoke',
    name: '学齢児童生徒 転入学・転校届',
    category: gakko,
    description: '小・中学生が転入・転居・転出するときの届出。教育委員会が転入学する学校を指定し、転入学通知書を発行します。',
    perPerson: true,
  },
  {
    person: { band: '児童生徒', who: 'person' },
    parts: [
      {
        band: '転入学',
        rows: [
          choiceRow(8, '種類', 'transfer_kind', { labelWidth: 24 }),
          pairs(8, [['前の学校', 'previous_school', 90, { labelWidth: 24 }], ['学年', 'school_grade', undefined, { labelWidth: 14, cell: { suffix: '年' } }]]),
          pairs(8, [['異動日', 'move_date', 70, { labelWidth: 24 }], ['転入学する学校', 'new_school', undefined, { labelWidth: 24 }]]),
          { h: 10, cells: [{ label: '新しい住所', w: 24 }, { stack: [{ h: 5.5, field: 'new_address' }, { field: 'new_katagaki', prefix: '方書', size: 8.5 }] }] },
        ],
      },
    ],
    applicant: { band: '保護者' },
    notes: ['※ 前の学校から受け取った在学証明書・教科書給与証明書を、転入学する学校に提出してください。'],
    office: { items: ['学校指定', '通知書', '学校連絡', '決裁'] },
  },
);

const tsuchisho = standardForm(
  {
    id: 'tennyugaku-tsuchisho',
    name: '転入学通知書',
    category: gakko,
    description: '教育委員会が転入学する学校を指定して保護者に交付する通知書（保護者は指定校に提出）。署名欄はありません。',
    perPerson: true,
    fields: [date('school_entry_date', '転入学の期日', { required: true })],
  },
  {
    addressee: '保護者　様',
    dateLabel: '通知日',
    intro: '次のとおり転入学する学校を指定しましたので通知します。この通知書を指定された学校へ提出してください。',
    person: { band: '児童生徒', who: 'person' },
    parts: [
      {
        band: '指定',
        rows: [
          pairs(10, [['指定する学校', 'new_school', 100, { labelWidth: 24, cell: { font: 'mincho', size: 13 } }], ['学年', 'school_grade', undefined, { labelWidth: 14, cell: { suffix: '年' } }]]),
          pairs(8, [['転入学の期日', 'school_entry_date', undefined, { labelWidth: 24 }]]),
          choiceRow(8, '種類', 'transfer_kind', { labelWidth: 24 }),
          pairs(8, [['前の学校', 'previous_school', undefined, { labelWidth: 24 }]]),
        ],
      },
      {
        band: '保護者',
        rows: [
          { h: 10, cells: [{ label: '氏　　名', w: 24 }, { field: 'applicant_name', font: 'mincho', size: 12 }] },
          { h: 10, cells: [{ label: '住　　所', w: 24 }, { stack: [{ h: 5.5, field: 'new_address' }, { field: 'new_katagaki', prefix: '方書', size: 8.5 }] }] },
        ],
      },
      (page) => {
        page.text(page.left + page.contentWidth - 80, page.y, 80, 8, '花巻市教育委員会', { font: 'mincho', size: 13, align: 'right' });
        page.y += 10;
      },
    ],
    applicant: false,
    office: { items: ['学校指定', '学校連絡', '決裁'] },
  },
);

export const schoolForms = [idoTodoke, tsuchisho];
