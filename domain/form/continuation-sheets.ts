import { parseBinding } from './binding-syntax';
import type { Box, ContinuationSheets, ContinuedList, FormTemplateContent, LayoutElement, PageLayout } from './form-template.types';

/*
 * 続紙 (continuation sheets), decided purely from the template and the filled form's values:
 * - which fields are the rows of a list (`rowFieldsOf`),
 * - how many sheets a filled form needs (`sheetCount`: the rows of sheet s are kept under `<fieldId>@<s>`),
 * - what each printed sheet shows (`printedSheets`): the template's pages in order, each page followed by
 *   the 続紙 of the lists it holds, with the repeated areas closed up from the top and the row numbers
 *   counted on (7, 8 … on the second sheet of a six-row table).
 */

/** The value of row field `fieldId` on sheet `sheet` (2, 3 …) in a filled form: `concerned_1_name@2`. */
export const continuationKey = (fieldId: string, sheet: number): string => `${fieldId}@${sheet}`;

const CONTINUATION_KEY = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)*)@([1-9]\d*)$/;

/** `concerned_1_name@2` → { fieldId: 'concerned_1_name', sheet: 2 }; null for a plain field id. */
export function parseContinuationKey(key: string): { readonly fieldId: string; readonly sheet: number } | null {
  const match = CONTINUATION_KEY.exec(key);
  return match ? { fieldId: match[1]!, sheet: Number(match[2]) } : null;
}

/** The mm tolerance for "inside" (coordinates are rounded to 0.01 mm). */
const EPSILON = 0.011;

export const boxInside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - EPSILON && inner.y >= outer.y - EPSILON && inner.x + inner.width <= outer.x + outer.width + EPSILON && inner.y + inner.height <= outer.y + outer.height + EPSILON;

const pointInside = (point: { readonly x: number; readonly y: number }, area: Box): boolean =>
  point.x >= area.x - EPSILON && point.y >= area.y - EPSILON && point.x <= area.x + area.width + EPSILON && point.y <= area.y + area.height + EPSILON;

/** Whether an element lies wholly inside an area (a line: both ends). */
export function elementInside(element: LayoutElement, area: Box): boolean {
  return element.kind === 'line' ? pointInside(element.from, area) && pointInside(element.to, area) : boxInside(element.box, area);
}

/** A field's row in a list binding (`concerned[3].name` → 3 for list concerned), or null. */
export function listRowOf(binding: string | undefined, list: ContinuedList): number | null {
  if (binding === undefined) return null;
  try {
    const parsed = parseBinding(binding);
    return parsed.root === list && typeof parsed.path[0] === 'number' ? parsed.path[0] : null;
  } catch {
    return null;
  }
}

export interface RowField {
  readonly fieldId: string;
  /** 0-based row on a sheet (the list index on the first sheet). */
  readonly row: number;
}

const fieldIdOf = (element: LayoutElement): string | null => (element.kind === 'field' || element.kind === 'check' || element.kind === 'signature' ? element.fieldId : null);

/** Field ids placed inside an area of a page. */
export function fieldIdsInside(page: PageLayout | undefined, area: Box): Set<string> {
  const ids = new Set<string>();
  for (const element of page?.elements ?? []) {
    const id = fieldIdOf(element);
    if (id !== null && elementInside(element, area)) ids.add(id);
  }
  return ids;
}

/** The fields that print a row of the rule's list: bound to `<list>[i]` and placed inside its rows area. */
export function rowFieldsOf(template: FormTemplateContent, rule: ContinuationSheets): RowField[] {
  const inside = fieldIdsInside(template.pages[rule.page], rule.rows);
  return template.fields.flatMap((field) => {
    const row = listRowOf(field.binding, rule.list);
    return row !== null && inside.has(field.id) ? [{ fieldId: field.id, row }] : [];
  });
}

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

/** How many sheets the rule's rows take in a filled form: 1, or the last sheet that has a row value. */
export function sheetCount(template: FormTemplateContent, rule: ContinuationSheets, values: Readonly<Record<string, unknown>>): number {
  const rowIds = new Set(rowFieldsOf(template, rule).map((field) => field.fieldId));
  let sheets = 1;
  for (const [key, value] of Object.entries(values)) {
    const parsed = parseContinuationKey(key);
    if (parsed && rowIds.has(parsed.fieldId) && present(value)) sheets = Math.max(sheets, parsed.sheet);
  }
  return sheets;
}

/** How many sheets a list of `persons` takes at `rowsPerSheet` rows a sheet (at least one). */
export const sheetsFor = (persons: number, rowsPerSheet: number): number => Math.max(1, Math.ceil(persons / rowsPerSheet));

/** One printed page: its elements (in mm) and the values its fields show. */
export interface PrintedSheet<V> {
  readonly elements: readonly LayoutElement[];
  readonly values: Readonly<Record<string, V | null>>;
  /** The 続紙 number (2, 3 …) and the rule it continues; absent on a template page. */
  readonly continuation?: { readonly list: ContinuedList; readonly sheet: number; readonly of: number };
}

/** The largest gap kept between two repeated areas on a 続紙 (mm). */
const AREA_GAP = 2.5;

const markText = (sheet: number, of: number): string => (sheet === 1 ? `1/${of}（続紙あり）` : `続紙 ${sheet}/${of}`);
const markElement = (box: Box, text: string): LayoutElement => ({ kind: 'text', box, text, font: 'gothic', size: 9, bold: true, align: 'left', valign: 'middle' });

const moved = (box: Box, dy: number): Box => ({ ...box, y: Math.round((box.y + dy) * 100) / 100 });

function translate(element: LayoutElement, dy: number): LayoutElement {
  if (dy === 0) return element;
  if (element.kind === 'line') return { ...element, from: { ...element.from, y: element.from.y + dy }, to: { ...element.to, y: element.to.y + dy } };
  return { ...element, box: moved(element.box, dy) };
}

/** The areas of a 続紙 from the top, each with how far it moves up to close the gaps between them. */
function closedUp(rule: ContinuationSheets): Array<{ readonly area: Box; readonly dy: number }> {
  const areas = [rule.rows, ...rule.repeat].slice().sort((a, b) => a.y - b.y);
  const placed: Array<{ area: Box; dy: number }> = [];
  let bottom = 0;
  areas.forEach((area, index) => {
    const previous = areas[index - 1];
    const top = previous ? bottom + Math.min(AREA_GAP, Math.max(0, area.y - (previous.y + previous.height))) : area.y;
    const dy = Math.round((top - area.y) * 100) / 100;
    placed.push({ area, dy });
    bottom = area.y + dy + area.height;
  });
  return placed;
}

/** 続紙 `sheet` of `of` of the rule's page: the areas closed up, the next persons in the rows. */
function continuationSheet<V>(template: FormTemplateContent, rule: ContinuationSheets, sheet: number, of: number, values: Readonly<Record<string, V | null>>): PrintedSheet<V> {
  const page = template.pages[rule.page]!;
  const areas = closedUp(rule);
  const offset = (sheet - 1) * rule.rowsPerSheet;
  const rowIds = new Set(rowFieldsOf(template, rule).map((field) => field.fieldId));
  const elements: LayoutElement[] = [];
  for (const element of page.elements) {
    const place = areas.find(({ area }) => elementInside(element, area));
    if (!place) continue;
    const inRows = place.area === rule.rows;
    const number = inRows && element.kind === 'text' && /^\d+$/.test(element.text) ? Number(element.text) : NaN;
    const renumbered = number >= 1 && number <= rule.rowsPerSheet && element.kind === 'text' ? { ...element, text: String(number + offset) } : element;
    elements.push(translate(renumbered, place.dy));
  }
  const markArea = areas.find(({ area }) => boxInside(rule.mark, area));
  elements.push(markElement(moved(rule.mark, markArea?.dy ?? 0), markText(sheet, of)));
  const sheetValues: Record<string, V | null> = { ...values };
  for (const id of fieldIdsInside(page, rule.rows)) sheetValues[id] = rowIds.has(id) ? (values[continuationKey(id, sheet)] ?? null) : null;
  return { elements, values: sheetValues, continuation: { list: rule.list, sheet, of } };
}

/**
 * Every page a filled form prints, in order: each template page (with 「1/m（続紙あり）」 when its list
 * continues), then the 続紙 of each list on that page. Without continuations: the template's pages.
 */
export function printedSheets<V>(template: FormTemplateContent, values: Readonly<Record<string, V | null>>): PrintedSheet<V>[] {
  const rules = template.continuations ?? [];
  return template.pages.flatMap((page, index) => {
    const counted = rules.filter((rule) => rule.page === index).map((rule) => ({ rule, of: sheetCount(template, rule, values) }));
    const marks = counted.filter(({ of }) => of > 1).map(({ rule, of }) => markElement(rule.mark, markText(1, of)));
    const first: PrintedSheet<V> = { elements: marks.length > 0 ? [...page.elements, ...marks] : page.elements, values };
    const further = counted.flatMap(({ rule, of }) => Array.from({ length: of - 1 }, (_, at) => continuationSheet(template, rule, at + 2, of, values)));
    return [first, ...further];
  });
}
