/**
 * Composing a form from blocks. `defineForm(spec, draw)` gives a template factory; `standardForm(spec, parts)`
 * is the usual one-page shape: header → the person → the form's own sections → 届出人 with signature →
 * 備考 → small print → 市役所使用欄.
 */
import { applicantSection, continuationHeader, header, notes, notesHeight, officeHeight, officeUse, personSection, remarks } from './blocks.mjs';
import { section, table } from './grid.mjs';
import { FormBuilder } from './layout-kit.mjs';

const PORTRAIT = { size: 'A4', orientation: 'portrait' };

/** A template factory: draw(form) adds pages to a FormBuilder; the factory returns the template content. */
export function defineForm(spec, draw) {
  const factory = () => {
    const form = new FormBuilder({ paper: PORTRAIT, perPerson: false, ...spec });
    draw(form);
    return form.build();
  };
  factory.id = spec.id;
  return factory;
}

/**
 * Draws the form's own parts: a function (page) => void, a { table } spec, or a { band, rows } section.
 */
export function drawPart(page, part) {
  if (typeof part === 'function') part(page);
  else if (part.table) table(page, part.table);
  else if (part.person) personSection(page, part.person);
  else if (part.applicant) applicantSection(page, part.applicant);
  else if (part.notes) notes(page, part.notes);
  else section(page, part);
}

/**
 * A form of several pages: the first with the full header, the others with the title again and their own
 * QR code; the office-use block and the remarks on the last page. `pages`: the parts of each page.
 */
export function pagedForm(spec, { title, subtitle, titleSize, dateLabel, intro, pages, office = {} }) {
  return defineForm(spec, (form) => {
    pages.forEach((parts, index) => {
      const page = form.newPage();
      if (index === 0) header(page, Object.fromEntries(Object.entries({ title: title ?? spec.name, subtitle, titleSize, dateLabel, intro }).filter(([, value]) => value !== undefined)));
      else continuationHeader(page, { title: title ?? spec.name, note: `（${index + 1}枚目）` });
      for (const part of parts) drawPart(page, part);
      if (index === pages.length - 1) {
        remarks(page, { h: Math.max(10, Math.min(30, Math.floor(page.bottom(officeHeight(office)) - page.y - 2.5))) });
        officeUse(page, { ...(spec.perPerson ? { atena: 'person_atena_number' } : {}), ...office });
      }
    });
  });
}

/**
 * The usual one-page form.
 *   title, subtitle, dateLabel, intro, titleSize: the header
 *   person: { band, who, phone, relationship, address } or null (no person block)
 *   parts: the form's own sections (see drawPart)
 *   applicant: { band, capacity, address } or false
 *   remarks: height in mm (default: the room left, 10–30mm) or false; notes: small print lines, set just above
 *   the office-use block; office: officeUse options
 */
export function standardForm(spec, parts) {
  return defineForm(spec, (form) => {
    const page = form.newPage();
    const options = { title: parts.title ?? spec.name, subtitle: parts.subtitle, dateLabel: parts.dateLabel, intro: parts.intro, titleSize: parts.titleSize, addressee: parts.addressee };
    header(page, Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)));
    if (parts.person) personSection(page, parts.person);
    for (const part of parts.parts ?? []) drawPart(page, part);
    if (parts.applicant !== false) applicantSection(page, parts.applicant ?? {});
    const office = { ...(spec.perPerson ? { atena: 'person_atena_number' } : {}), ...parts.office };
    const notesTop = page.bottom(officeHeight(office)) - (parts.notes ? notesHeight(parts.notes, page.contentWidth) : 0);
    if (parts.remarks !== false) remarks(page, { h: parts.remarks ?? Math.max(10, Math.min(30, Math.floor(notesTop - page.y - 2.5))) });
    if (parts.notes) {
      page.y = Math.max(page.y, notesTop);
      notes(page, parts.notes);
    }
    officeUse(page, office);
  });
}

/** Rows of label/value pairs: [['label', 'field_id', width?], ...] laid out as one row. */
export function pairs(h, items) {
  return {
    h,
    cells: items.flatMap(([label, field, w, extra]) => [
      { label, w: extra?.labelWidth ?? 22, ...(extra?.labelSize ? { size: extra.labelSize } : {}) },
      typeof field === 'string' ? { field, ...(w === undefined ? {} : { w }), ...(extra?.cell ?? {}) } : { ...field, ...(w === undefined ? {} : { w }) },
    ]),
  };
}

/** A row with one label and the □ choices of a field. */
export function choiceRow(h, label, field, { labelWidth = 22, options, caption } = {}) {
  return { h, cells: [{ label, w: labelWidth }, { choice: field, ...(options ? { options } : {}), ...(caption ? { caption } : {}) }] };
}

/** The children table used by the child-benefit forms (児童1..4 from the visit); more children continue on 続紙. */
export function childrenTable(band = '対象児童', rows = 4, { living = true } = {}) {
  const columns = [
    { header: 'フリガナ／氏名', w: 58, cell: (n) => ({ stack: [{ h: 3.8, field: `child_${n}_kana`, size: 7 }, { field: `child_${n}_name`, size: 10.5, font: 'mincho' }] }) },
    { header: '生年月日', w: 36, cell: (n) => ({ field: `child_${n}_birth_date`, size: 9.5, align: 'center' }) },
    { header: '続柄', w: 18, cell: (n) => ({ field: `child_${n}_relationship`, align: 'center', size: 9.5 }) },
  ];
  if (living) columns.push({ header: '同居・別居', w: 36, cell: (n) => ({ choice: `child_${n}_living` }) });
  const used = columns.reduce((sum, column) => sum + column.w, 0);
  columns.push({ header: '学年・在学校など', w: 186 - 7 - 5 - used, cell: () => ({ blank: true }) });
  return { table: { band, columns, rows, rowHeight: 9, continues: 'children' } };
}

/** The 振込先 block: bank, branch, account type, number and holder. */
export function bankSection(band = '振込先') {
  return {
    band,
    rows: [
      pairs(8, [['金融機関名', 'bank_name', 60, { cell: { suffix: '銀行・金庫・農協' } }], ['本店・支店', 'bank_branch', undefined, { cell: { suffix: '本店・支店' } }]]),
      pairs(8, [['預金種目', { choice: 'bank_account_type' }, 38], ['口座番号', 'bank_account_number', 40, { cell: { comb: 7, align: 'center' } }], ['口座名義（カナ）', 'bank_account_holder_kana', undefined, { labelWidth: 24, labelSize: 7.5 }]]),
    ],
  };
}

/** A section with a photo box (縦4.5cm×横3.5cm) on its right, as card applications have. */
export function photoSection({ band, rows }) {
  return (page) => {
    const photo = 38;
    const top = page.y;
    section(page, { band, rows, width: page.contentWidth - photo - 2 });
    const x = page.left + page.contentWidth - photo + 1.5;
    page.rect(x, top, 35, 45, { dash: true });
    page.text(x + 2, top + 14, 31, 16, '顔写真\n縦4.5cm×横3.5cm\n正面・無帽・無背景\n6か月以内に撮影', { size: 7.5, align: 'center' });
    page.y = Math.max(page.y, top + 45 + 2.5);
  };
}

/** A box to press a seal in (印鑑登録), with its caption. */
export function sealBox(page, x, y, size, caption) {
  page.rect(x, y, size, size, { lineWidth: 0.5 });
  if (caption) page.text(x, y + size + 0.5, size, 4, caption, { size: 7, align: 'center' });
}
