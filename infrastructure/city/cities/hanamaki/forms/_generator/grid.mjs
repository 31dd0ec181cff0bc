/**
 * Rows of cells, the grid every Japanese form is made of. A cell is one of:
 *   { label, w, vertical?, size? }            item label on a grey ground (gothic 8.5pt)
 *   { field, w, size?, align?, prefix?, suffix?, font?, comb?, combLines? }   a field's value (comb: one
 *                                             character per cell; combLines: the cells drawn as boxes)
 *   { choice, w, options?, caption? }         □ choices of a choice field (all, or the listed values)
 *   { check, w, text }                        one □ of a checkbox field
 *   { text, w, size?, align?, font? }         fixed text
 *   { blank: true, w, caption? }              an empty box (stamps, clerk's marks)
 *   { signature, w, caption? }                a signature box
 *   { stack: [cells with h], w }              cells on top of each other (フリガナ over 氏名)
 * One cell of a row may omit `w`: it takes the rest of the width.
 */
import { blockHeight, box, fitsBox, innerBox, STYLE, textWidth, wrapText } from './layout-kit.mjs';

function widths(cells, total, where) {
  const fixed = cells.reduce((sum, cell) => sum + (cell.w ?? 0), 0);
  const rest = cells.filter((cell) => cell.w === undefined);
  if (rest.length > 1) throw new Error(`${where}: only one cell per row may omit w`);
  if (rest.length === 0 && Math.abs(fixed - total) > 0.01) throw new Error(`${where}: cells are ${fixed}mm wide, the row ${total}mm`);
  if (fixed > total + 0.01) throw new Error(`${where}: cells (${fixed}mm) wider than the row (${total}mm)`);
  return cells.map((cell) => cell.w ?? total - fixed);
}

function choiceLines(page, cell, width) {
  const field = page.form.use(cell.choice);
  const def = page.form.used.get(field);
  const options = (def.choices ?? []).filter((choice) => !cell.options || cell.options.includes(choice.value));
  const lines = [[]];
  let used = cell.caption ? textWidth(cell.caption, STYLE.label) + 2.5 : 1.5;
  for (const option of options) {
    const w = STYLE.box + 0.3 + textWidth(option.label, STYLE.label) + 2.2 + 1.2;
    if (used + w > width - 1 && lines.at(-1).length > 0) {
      lines.push([]);
      used = 1.5;
    }
    lines.at(-1).push(option);
    used += w;
  }
  return lines;
}

function drawChoices(page, cell, x, y, width, height) {
  const lines = choiceLines(page, cell, width);
  const lineHeight = 4.4;
  if (lines.length * lineHeight > height + 0.01) throw new Error(`${page.form.spec.id}: choices of ${cell.choice} need ${lines.length} lines in ${height}mm`);
  let top = y + (height - lines.length * lineHeight) / 2 + (lineHeight - STYLE.box) / 2;
  lines.forEach((options, index) => {
    let cx = x + 1.5;
    if (index === 0 && cell.caption) {
      page.text(cx - 0.5, top - 0.8, textWidth(cell.caption, STYLE.label) + 2.2, STYLE.box + 1.6, cell.caption);
      cx += textWidth(cell.caption, STYLE.label) + 2.5;
    }
    for (const option of options) cx += page.checkbox(cx, top, cell.choice, option.value, option.label);
    top += lineHeight;
  });
}

/** A label broken into lines that fit the width, or null when they do not fit the height. */
function wrap(label, size, width, height) {
  const inner = innerBox(width, height);
  const lines = wrapText(label, size, inner.width - 0.2);
  return blockHeight(lines.length, size) <= inner.height ? lines.join('\n') : null;
}

/** A label and the largest size (from the wanted one down to 6pt) at which it fits its cell. */
function fitLabel(label, size, width, height, vertical) {
  if (vertical) {
    for (let s = size; s >= 6; s -= 0.5) if (fitsBox(label, s, width, height, true)) return { text: label, size: s, vertical: true };
  }
  for (let s = size; s >= 6; s -= 0.5) {
    const text = wrap(label, s, width, height);
    if (text) return { text, size: s };
  }
  return { text: label, size };
}

/**
 * The size and minimum size of a field's text so that one line fits the box as the renderer measures it
 * (a padding of 1 mm, at most 15% of the box's smaller side).
 */
function fieldSizes(page, cell, width, height) {
  if (cell.multiline || cell.valign === 'top') return {};
  const frame = height - 2 * Math.min(1, 0.15 * Math.min(width, height));
  const fits = Math.floor((frame / 0.3528) * 4) / 4;
  if (fits < 4) throw new Error(`${page.form.spec.id}: field ${cell.field} is too low (${height}mm) for any text`);
  const size = Math.min(cell.size ?? STYLE.value, fits);
  return { size, minSize: Math.min(STYLE.minValue, size) };
}

/** Draws one cell in its box (the frame included). */
export function drawCell(page, cell, x, y, width, height) {
  if (cell.stack) {
    const fixed = cell.stack.reduce((sum, sub) => sum + (sub.h ?? 0), 0);
    let top = y;
    for (const sub of cell.stack) {
      const h = sub.h ?? height - fixed;
      drawCell(page, { ...sub, w: width }, x, top, width, h);
      top += h;
    }
    return;
  }
  const pad = 1.2;
  if (cell.label !== undefined) {
    page.rect(x, y, width, height, { fill: STYLE.labelFill });
    if (cell.label) {
      const fitted = fitLabel(cell.label, cell.size ?? STYLE.label, width - 1, height - 0.6, cell.vertical);
      page.text(x + 0.5, y + 0.3, width - 1, height - 0.6, fitted.text, { align: 'center', size: fitted.size, ...(fitted.vertical ? { vertical: true } : {}) });
    }
    return;
  }
  page.rect(x, y, width, height);
  if (cell.field !== undefined) {
    let fx = x + pad;
    if (cell.prefix) {
      const w = textWidth(cell.prefix, STYLE.small) + 2;
      page.text(fx - 0.5, y + 0.1, w, Math.min(height - 0.2, 4.2), cell.prefix, { size: STYLE.small, valign: 'top' });
      fx -= 0.5;
      fx += w;
    }
    const suffixWidth = cell.suffix ? textWidth(cell.suffix, STYLE.label) + 2.2 : 0;
    if (cell.suffix) page.text(x + width - suffixWidth - 0.5, y, suffixWidth, height, cell.suffix, { align: 'right' });
    const style = {};
    for (const key of ['size', 'align', 'valign', 'font', 'comb', 'vertical']) if (cell[key] !== undefined) style[key] = cell[key];
    const w = x + width - pad - suffixWidth - fx;
    Object.assign(style, fieldSizes(page, cell, w, height - 0.4));
    page.field(fx, y + 0.2, w, height - 0.4, cell.field, style);
    if (cell.comb && cell.combLines) {
      page.rect(fx, y + 0.6, w, height - 1.2, { lineWidth: 0.25 });
      for (let k = 1; k < cell.comb; k++) page.line(fx + (k * w) / cell.comb, y + 0.6, fx + (k * w) / cell.comb, y + height - 0.6, { lineWidth: k % 4 === 0 ? 0.25 : 0.15, ...(k % 4 === 0 ? {} : { dash: true }) });
    }
  } else if (cell.choice !== undefined) {
    drawChoices(page, cell, x, y, width, height);
  } else if (cell.check !== undefined) {
    page.checkbox(x + 1.5, y + (height - STYLE.box) / 2, cell.check, undefined, cell.text);
  } else if (cell.text !== undefined) {
    const fitted = fitLabel(cell.text, cell.size ?? STYLE.label, width - 0.4, height - 0.4, false);
    page.text(x + 0.2, y + 0.2, width - 0.4, height - 0.4, fitted.text, { size: fitted.size, align: cell.align ?? 'left', font: cell.font ?? 'gothic', valign: cell.valign ?? 'middle' });
  } else if (cell.signature !== undefined) {
    page.text(x + 0.4, y + 0.2, width - 0.8, 3.8, cell.caption ?? '署名', { size: STYLE.small, valign: 'top' });
    page.signature(x + 1, y + 4, width - 2, height - 4.5, cell.signature);
  } else if (cell.blank && cell.caption) {
    const lines = cell.caption.split('\n');
    let size = STYLE.small;
    const boxHeight = (s) => Math.min(height - 0.4, blockHeight(lines.length, s) + 2.1);
    while (size > 6 && !fitsBox(cell.caption, size, width - 0.8, boxHeight(size))) size -= 0.5;
    page.text(x + 0.4, y + 0.2, width - 0.8, boxHeight(size), cell.caption, { size, valign: 'top', align: cell.align ?? 'left' });
  }
}

/** Draws a row of cells across `width` from `x`. */
export function drawRow(page, x, y, width, height, cells) {
  const ws = widths(cells, width, `${page.form.spec.id} row at y ${y}`);
  let cx = x;
  cells.forEach((cell, index) => {
    drawCell(page, cell, cx, y, ws[index], height);
    cx += ws[index];
  });
}

/**
 * A framed block of rows at the page's cursor, with an optional band on the left whose label is written
 * vertically (届出人, 異動者 ...). Moves the cursor below it.
 */
export function section(page, { band, bandWidth = 7, rows, gap = 2.5, x = page.left, width = page.contentWidth, repeat = false }) {
  const total = rows.reduce((sum, row) => sum + row.h, 0);
  const top = page.y;
  if (top + total > page.height - 12 + 0.01) throw new Error(`${page.form.spec.id}: section "${band ?? rows[0]?.cells?.[0]?.label}" does not fit on the page (y ${top} + ${total})`);
  let rx = x;
  let rw = width;
  if (band) {
    page.rect(x, top, bandWidth, total, { fill: STYLE.labelFill });
    let size = 9;
    while (size >= 6.5 && !fitsBox(band, size, bandWidth - 0.6, total - 0.6, true)) size -= 0.5;
    if (size < 6.5) throw new Error(`${page.form.spec.id}: band "${band}" is too long for a section ${total}mm high`);
    page.text(x + 0.3, top + 0.3, bandWidth - 0.6, total - 0.6, band, { align: 'center', size, vertical: true, bold: true });
    rx += bandWidth;
    rw -= bandWidth;
  }
  let y = top;
  for (const row of rows) {
    drawRow(page, rx, y, rw, row.h, row.cells);
    y += row.h;
  }
  page.rect(x, top, width, total, { lineWidth: STYLE.outline });
  page.y = top + total + gap;
  if (repeat) page.repeatArea(x, top, width, total);
  return { top, bottom: top + total, x, width };
}

/**
 * A table: a header row of labels and `rows` rows, each column giving the cell of row i (1-based).
 * `numbered` adds a narrow first column 1, 2, 3 ... `continues`: the list the rows print (concerned,
 * household, children), which goes on to 続紙 when a visit has more persons than rows.
 */
export function table(page, { band, columns, rows, rowHeight = 8, headerHeight = 5.5, numbered = true, gap, continues }) {
  const head = columns.map((column) => ({ label: column.header, w: column.w, size: column.size ?? 8 }));
  const body = Array.from({ length: rows }, (_, index) => ({ h: rowHeight, cells: columns.map((column) => ({ ...column.cell(index + 1), w: column.w })) }));
  if (numbered) {
    head.unshift({ label: '', w: 5 });
    body.forEach((row, index) => row.cells.unshift({ text: String(index + 1), w: 5, align: 'center', size: 8 }));
  }
  const drawn = section(page, { band, rows: [{ h: headerHeight, cells: head }, ...body], gap });
  if (continues) page.form.continueRows(page, { list: continues, rows, area: box(drawn.x, drawn.top, drawn.width, drawn.bottom - drawn.top) });
  return drawn;
}
