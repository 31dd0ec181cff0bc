/**
 * The drawing kit of the form generator: a form builder that collects fields as they are placed, and a
 * page builder with a vertical cursor that draws rows of cells (label, value, choices, signature, stamp).
 * Everything is in millimetres from the top-left corner, as in domain/form/form-template.types.ts.
 */
import { sharedFields } from './shared-fields.mjs';

export const MARGIN = 12;
export const STYLE = {
  line: 0.3,
  outline: 0.8,
  labelFill: '#eeeeee',
  label: 8.5,
  small: 7,
  value: 10.5,
  minValue: 6,
  box: 3.2,
};
const PAPER = { A4: [210, 297], A3: [297, 420] };
const PT = 0.3528;

const round = (n) => Math.round(n * 100) / 100;
const box = (x, y, width, height) => ({ x: round(x), y: round(y), width: round(width), height: round(height) });

/** Approximate printed width of a text in mm (CJK full width, ASCII half). */
export function textWidth(text, size) {
  let units = 0;
  for (const c of text) units += c.charCodeAt(0) < 0x2000 ? 0.55 : 1;
  return units * size * PT;
}

/**
 * The room for text inside a box as the renderer lays it out: a padding of 1 mm, at most 15% of the
 * box's smaller side, on every side (infrastructure/pdf/text-block.planner.ts).
 */
export function innerBox(width, height) {
  const pad = Math.min(1, 0.15 * Math.min(width, height));
  return { width: width - 2 * pad, height: height - 2 * pad };
}

/** Height in mm of `lines` lines of text at `size` pt (the renderer's line spacing: 1.25). */
export const blockHeight = (lines, size) => size * PT * (1 + (lines - 1) * 1.25);

/** Whether text fits a box once padded (horizontal, or vertical: 縦書き columns from right to left). */
export function fitsBox(text, size, width, height, vertical = false) {
  const lines = text.split('\n');
  const inner = innerBox(width, height);
  if (vertical) return Math.max(...lines.map((line) => [...line].length)) * size * PT <= inner.height + 0.1 && blockHeight(lines.length, size) <= inner.width + 0.1;
  return Math.max(...lines.map((line) => textWidth(line, size))) <= inner.width + 0.1 && blockHeight(lines.length, size) <= inner.height + 0.1;
}

/** Breaks text into lines no wider than `width` mm (greedy, by character; existing line breaks kept). */
export function wrapText(text, size, width) {
  const lines = [];
  for (const part of text.split('\n')) {
    let line = '';
    for (const c of part) {
      if (line && textWidth(line + c, size) > width) {
        lines.push(line);
        line = c;
      } else line += c;
    }
    lines.push(line);
  }
  return lines;
}

/** The key order of a field in the JSON (stable diffs for admins). */
function orderedField(def) {
  const keys = ['id', 'label', 'type', 'required', 'maxLength', 'pattern', 'patternMessage', 'choices', 'binding', 'help'];
  return Object.fromEntries(keys.filter((key) => def[key] !== undefined).map((key) => [key, def[key]]));
}

export class FormBuilder {
  /** @param spec { id, name, category, description, paper: {size, orientation}, perPerson, fields?: local field definitions } */
  constructor(spec) {
    this.spec = spec;
    this.local = new Map((spec.fields ?? []).map((def) => [def.id, def]));
    this.used = new Map();
    this.pages = [];
    this.continued = [];
  }

  /**
   * 続紙: the table in `area` on `page` prints rows 1 … `rows` of `list` (concerned, household, children);
   * more persons continue on further sheets that repeat the page's repeat areas (header, persons).
   */
  continueRows(page, { list, rows, area }) {
    if (this.continued.some((rule) => rule.list === list)) throw new Error(`${this.spec.id}: the ${list} rows continue twice`);
    this.continued.push({ page, list, rows, area });
  }

  /** Registers a field by id (the form's own definitions first, then the shared catalogue). */
  use(id) {
    if (this.used.has(id)) return id;
    const def = this.local.get(id) ?? sharedFields.get(id);
    if (!def) throw new Error(`${this.spec.id}: unknown field ${id}`);
    this.used.set(id, orderedField(def));
    return id;
  }

  newPage() {
    const [w, h] = PAPER[this.spec.paper.size];
    const page = this.spec.paper.orientation === 'landscape' ? new PageBuilder(this, h, w) : new PageBuilder(this, w, h);
    this.pages.push(page);
    return page;
  }

  build() {
    const unused = [...this.local.keys()].filter((id) => !this.used.has(id));
    if (unused.length > 0) throw new Error(`${this.spec.id}: fields defined but not placed: ${unused.join(', ')}`);
    const { id, name, category, description, paper, perPerson } = this.spec;
    const template = { id, name, category, description, paper, perPerson, fields: [...this.used.values()], pages: this.pages.map((page) => ({ elements: page.elements })) };
    if (this.continued.length === 0) return template;
    const continuations = this.continued.map(({ page, list, rows, area }) => {
      if (!page.markBox) throw new Error(`${id}: the page of the ${list} rows has no header for the 続紙 mark`);
      return { list, rowsPerSheet: rows, page: this.pages.indexOf(page), rows: area, repeat: page.repeatAreas.filter((box) => box !== area), mark: page.markBox };
    });
    return { ...template, continuations };
  }
}

export class PageBuilder {
  constructor(form, width, height) {
    this.form = form;
    this.width = width;
    this.height = height;
    this.elements = [];
    this.y = MARGIN;
    /** Areas printed again on a 続紙 of this page (the header, the blocks of persons), top to bottom. */
    this.repeatAreas = [];
    /** Where 「続紙 n/m」 goes (set by the header). */
    this.markBox = null;
  }

  /** Marks an area (mm) to be printed again on every 続紙 of this page. */
  repeatArea(x, y, width, height) {
    this.repeatAreas.push(box(x, y, width, height));
  }

  get left() {
    return MARGIN;
  }

  get contentWidth() {
    return this.width - 2 * MARGIN;
  }

  /** The y where a block of this height must start to end on the bottom margin. */
  bottom(height) {
    return this.height - MARGIN - height;
  }

  add(element) {
    const b = element.box;
    if (b && (b.x < 0 || b.y < 0 || b.x + b.width > this.width + 1e-6 || b.y + b.height > this.height + 1e-6)) {
      throw new Error(`${this.form.spec.id}: element outside the page: ${JSON.stringify(element)}`);
    }
    this.elements.push(element);
    return this;
  }

  /** Fixed text; throws when it would not fit its box (so that a layout change cannot hide a label). */
  text(x, y, width, height, text, style = {}) {
    if (!text) throw new Error(`${this.form.spec.id}: empty text at ${x},${y}`);
    const element = { kind: 'text', box: box(x, y, width, height), text, font: 'gothic', size: STYLE.label, align: 'left', valign: 'middle', ...style };
    if (!fitsBox(text, element.size, width, height, element.vertical === true)) throw new Error(`${this.form.spec.id}: text "${text}" (${element.size}pt) does not fit ${width}×${height}mm`);
    return this.add(element);
  }

  rect(x, y, width, height, style = {}) {
    return this.add({ kind: 'rect', box: box(x, y, width, height), lineWidth: STYLE.line, ...style });
  }

  line(x1, y1, x2, y2, style = {}) {
    return this.add({ kind: 'line', from: { x: round(x1), y: round(y1) }, to: { x: round(x2), y: round(y2) }, lineWidth: STYLE.line, ...style });
  }

  field(x, y, width, height, fieldId, style = {}) {
    this.form.use(fieldId);
    return this.add({ kind: 'field', box: box(x, y, width, height), fieldId, font: 'gothic', size: STYLE.value, minSize: STYLE.minValue, align: 'left', valign: 'middle', ...style });
  }

  /** A □ with a tick when the field is true (or equals value), and its label after it. Returns the width used. */
  checkbox(x, y, fieldId, value, label, size = STYLE.label) {
    this.form.use(fieldId);
    const s = STYLE.box;
    this.rect(x, y, s, s, { lineWidth: 0.25 });
    this.add(value === undefined ? { kind: 'check', box: box(x, y, s, s), fieldId } : { kind: 'check', box: box(x, y, s, s), fieldId, value });
    const w = textWidth(label, size) + 2.2;
    this.text(x + s + 0.3, y - 0.8, w, s + 1.6, label, { size });
    return s + 0.3 + w + 1.2;
  }

  signature(x, y, width, height, fieldId) {
    this.form.use(fieldId);
    return this.add({ kind: 'signature', box: box(x, y, width, height), fieldId });
  }

  qr(x, y, size) {
    return this.add({ kind: 'qr', box: box(x, y, size, size) });
  }
}

export { box };
