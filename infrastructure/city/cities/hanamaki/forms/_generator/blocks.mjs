/**
 * Reusable blocks of a Hanamaki form: the header (title, 宛先, date, QR code), a person block, the
 * applicant block with the signature, remarks, small print and the office-use block (市役所使用欄, 受付印).
 * Each draws at the page's cursor (page.y) and moves it down; the office-use block sits on the bottom margin.
 */
import { section } from './grid.mjs';
import { blockHeight, MARGIN, STYLE, textWidth, wrapText } from './layout-kit.mjs';

/** The size (at most `size`, in half points) at which one line of text fits the width. */
const fitting = (text, size, width) => Math.min(size, Math.floor((width / textWidth(text, 1)) * 2) / 2);

const QR = 17;

/** Where 「続紙 n/m」 is printed on a sheet that continues: left of the title, under the category. */
const markBox = { x: MARGIN, y: 13, width: 27.5, height: 7 };

/** The top of a page: category, QR code, centred title, 宛先, the date of the form and the opening sentence. */
const intros = { 届出日: '次のとおり届け出ます。', 申請日: '次のとおり申請します。', 請求日: '次のとおり請求します。', 申出日: '次のとおり申し出ます。' };

export function header(page, { title, subtitle, addressee = '（宛先）花巻市長', dateLabel = '届出日', intro = intros[dateLabel] ?? '', titleSize = 17 }) {
  const { width } = page;
  page.text(MARGIN, 7, 90, 4.5, `花巻市\u3000${page.form.spec.category}`, { size: 7.5 });
  page.qr(width - MARGIN - QR, 5, QR);
  page.text(MARGIN + 28, 12, width - 2 * MARGIN - 56, 10, title, { font: 'mincho', size: fitting(title, titleSize, width - 2 * MARGIN - 57), align: 'center', bold: true });
  let y = 22.5;
  if (subtitle) {
    page.text(MARGIN + 28, y, width - 2 * MARGIN - 56, 5, subtitle, { font: 'mincho', size: 9.5, align: 'center' });
    y += 5.5;
  }
  y = Math.max(y, 24) + 1;
  page.markBox = markBox;
  page.text(MARGIN, y, 70, 6, addressee, { font: 'mincho', size: 11 });
  page.text(width - MARGIN - 72, y, 16, 6, dateLabel, { font: 'mincho', size: 10, align: 'right' });
  page.field(width - MARGIN - 55, y, 55, 6, 'submitted_on', { font: 'mincho', size: 10.5, align: 'left' });
  y += 7;
  if (intro) {
    page.text(MARGIN, y, width - 2 * MARGIN, 5, intro, { font: 'mincho', size: 9.5 });
    y += 6;
  }
  page.y = y;
  page.repeatArea(MARGIN, 5, width - 2 * MARGIN, y - 5.5);
}

/** The top of a second page: the title again, smaller, and the page's own QR code. */
export function continuationHeader(page, { title, note = '（2枚目）' }) {
  page.text(MARGIN, 7, 90, 4.5, `花巻市\u3000${page.form.spec.category}`, { size: 7.5 });
  page.qr(page.width - MARGIN - QR, 5, QR);
  const text = `${title}${note}`;
  page.text(MARGIN + 28, 10, page.width - 2 * MARGIN - 56, 8, text, { font: 'mincho', size: fitting(text, 13, page.width - 2 * MARGIN - 57), align: 'center', bold: true });
  page.markBox = markBox;
  page.repeatArea(MARGIN, 5, page.width - 2 * MARGIN, 19.5);
  page.y = 25;
}

/**
 * An address as the official forms print it: 〒 over the address line, and the 方書 (building, room) on a
 * line of its own. `prefix`: applicant, person, head or concerned_1 (fields <prefix>_postal_code,
 * <prefix>_address_line, <prefix>_katagaki). `postal: false` leaves the 〒 line out.
 */
export function addressCell(prefix, { size = 10.5, postal = true } = {}) {
  const lines = [{ h: 5, field: `${prefix}_address_line`, size }, { field: `${prefix}_katagaki`, prefix: '方書', size: 8.5 }];
  return { stack: postal ? [{ h: 4, field: `${prefix}_postal_code`, prefix: '〒', size: 8 }, ...lines] : lines };
}

/** The height of a row holding addressCell (with or without the 〒 line). */
export const addressRowHeight = ({ postal = true } = {}) => (postal ? 13 : 9);

/**
 * 個人番号: twelve boxes, left empty (a later reading of the My Number card fills them). `field`: the
 * field id (<who>_individual_number, concerned_N_individual_number).
 */
export const individualNumberCell = (field, w) => ({ field, comb: 12, combLines: true, align: 'left', ...(w === undefined ? {} : { w }) });

const prefixes = { applicant: 'applicant', person: 'person', head: 'head' };

/**
 * フリガナ・氏名・生年月日・性別・住所 (and optional phone, 続柄) of a person read from the visit.
 * `who`: applicant | person | head. `individualNumber`: a row of 12 boxes for the 個人番号. `extra`: more
 * rows under it. The block is printed again on a 続紙 of its page.
 */
export function personSection(page, { band, who = 'person', phone = false, relationship = false, address = true, individualNumber = false, extra = [], gap, x, width }) {
  const p = prefixes[who];
  const rows = [
    { h: 5.5, cells: [{ label: 'フリガナ', w: 20, size: 7.5 }, { field: `${p}_kana`, w: 86, size: 8.5 }, { label: '生年月日', w: 18 }, { field: `${p}_birth_date` }] },
    { h: 10, cells: [{ label: '氏　　名', w: 20 }, { field: `${p}_name`, w: 86, size: 13, font: 'mincho' }, { label: '性　別', w: 18 }, { field: `${p}_sex`, align: 'center' }] },
  ];
  if (address) rows.push({ h: addressRowHeight(), cells: [{ label: '住　　所', w: 20 }, addressCell(p)] });
  if (individualNumber) rows.push({ h: 7, cells: [{ label: '個人番号', w: 20 }, individualNumberCell(`${p}_individual_number`, 72), { text: 'マイナンバーカードの読み取りで記入します', size: 7 }] });
  if (phone && relationship) rows.push({ h: 7, cells: [{ label: '電話番号', w: 20 }, { field: 'applicant_phone', w: 86 }, { label: '続　柄', w: 18 }, { field: `${p}_relationship` }] });
  else if (phone) rows.push({ h: 7, cells: [{ label: '電話番号', w: 20 }, { field: 'applicant_phone' }] });
  else if (relationship) rows.push({ h: 7, cells: [{ label: '続　柄', w: 20 }, { field: `${p}_relationship` }] });
  rows.push(...extra);
  return section(page, { band, rows, gap, repeat: true, ...(x === undefined ? {} : { x, width }) });
}

/**
 * 届出人 (申請者): address, name with the signature box, phone and capacity (本人・同じ世帯・代理人).
 */
export function applicantSection(page, { band = '届出人', capacity = true, address = true, gap, x, width } = {}) {
  const rows = [];
  if (address) rows.push({ h: addressRowHeight(), cells: [{ label: '住　　所', w: 20 }, addressCell('applicant', { size: 10 })] });
  rows.push({ h: 13, cells: [{ label: '氏　　名', w: 20 }, { stack: [{ h: 4.5, field: 'applicant_kana', size: 7.5 }, { field: 'applicant_name', size: 12, font: 'mincho' }], w: 70 }, { signature: 'applicant_signature', caption: '署名（窓口のタッチパネルで署名）' }] });
  const last = [{ label: '電話番号', w: 20 }, { field: 'applicant_phone', w: capacity ? 48 : 70 }];
  if (capacity) last.push({ label: '対象者との関係', w: 24, size: 7.5 }, { choice: 'applicant_capacity' });
  else last.push({ text: '日中に連絡のとれる電話番号をお書きください。', size: 7 });
  rows.push({ h: 7, cells: last });
  return section(page, { band, rows, gap, ...(x === undefined ? {} : { x, width }) });
}

/** 備考: a box with the label written vertically. */
export function remarks(page, { h = 14, gap, x, width } = {}) {
  return section(page, { rows: [{ h, cells: [{ label: '備考', w: 8, vertical: true }, { field: 'remarks', size: 9, valign: 'top' }] }], gap, ...(x === undefined ? {} : { x, width }) });
}

/** Notes as printed lines: each note wrapped to the width (inside the renderer's padding). */
const noteLines = (lines, size, width) => lines.flatMap((line) => wrapText(line, size, width - 2.3));

/** The height notes take (with their gap) on a page of this content width. */
export const notesHeight = (lines, width, { size = 7.2, gap = 1.5 } = {}) => blockHeight(noteLines(lines, size, width).length, size) + 2.1 + gap;

/** Small print (注意事項) at the cursor, wrapped to the page. */
export function notes(page, lines, { size = 7.2, gap = 1.5 } = {}) {
  const wrapped = noteLines(lines, size, page.contentWidth);
  page.text(page.left, page.y, page.contentWidth, blockHeight(wrapped.length, size) + 2.1, wrapped.join('\n'), { size, valign: 'top' });
  page.y += notesHeight(lines, page.contentWidth, { size, gap });
}

/**
 * 市役所使用欄 on the bottom margin: 受付番号, 受付者, 本人確認, the 宛名番号 (`atena`: the field id, for
 * forms about one registered person), the department's own marks (`items`: small stamp boxes such as
 * 入力・審査・決裁) and a 受付印 column written vertically.
 */
function officeRows({ items = ['入力', '審査', '決裁'], extraRows = [], h = 7, atena }) {
  return [
    { h, cells: [{ label: '受付番号', w: 16 }, { field: 'ticket_number', w: 24, size: 9 }, { label: '受付者', w: 14 }, { field: 'office_staff_name', w: 32, size: 9 }, { label: '受付課', w: 14 }, { field: 'office_department', size: 9 }] },
    { h, cells: [{ label: '本人確認', w: 16 }, { choice: 'identity_document' }] },
    ...extraRows,
    { h: 10, cells: [...(atena ? [{ label: '宛名番号', w: 16 }, { field: atena, w: 30, size: 9 }] : []), ...items.map((item) => (typeof item === 'string' ? { blank: true, w: Math.max(15, Math.ceil(textWidth(item, 6.5) + 2.6)), caption: item } : item)), { blank: true }] },
  ];
}

/** The height of the office-use block with these options. */
export const officeHeight = (options = {}) => officeRows(options).reduce((sum, row) => sum + row.h, 0);

export function officeUse(page, options = {}) {
  const rows = officeRows(options);
  const stamp = 26;
  const total = rows.reduce((sum, row) => sum + row.h, 0);
  const top = page.bottom(total);
  if (page.y > top + 0.01) throw new Error(`${page.form.spec.id}: no room for the office-use block (cursor ${page.y}, block at ${top})`);
  page.y = top;
  const width = page.contentWidth - stamp - 1.5;
  section(page, { band: '市役所使用欄', rows, width, gap: 0 });
  const x = page.left + width + 1.5;
  page.rect(x, top, 6, total, { fill: STYLE.labelFill });
  page.text(x + 0.5, top + 1, 5, total - 2, '受付印', { align: 'center', size: 8.5, vertical: true });
  page.rect(x + 6, top, stamp - 6, total, { lineWidth: STYLE.outline });
  page.y = top + total;
}
