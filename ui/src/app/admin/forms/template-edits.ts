import type { FieldDefinition, FieldType, FormTemplateContent, LayoutElement } from '@madoguchi/application/form/contracts/form-template.contract';
import { boundsOf } from './element-geometry';
import { type PageSize, pageSize, qrElement } from './paper';

/** Pure edits of a template being designed: each gives a new template, the old one untouched. */
type Content = FormTemplateContent;
export type ElementKind = LayoutElement['kind'];

const withPage = (content: Content, page: number, change: (elements: readonly LayoutElement[]) => readonly LayoutElement[]): Content => ({
  ...content,
  pages: content.pages.map((p, i) => (i === page ? { ...p, elements: change(p.elements) } : p)),
});

export const replaceElement = (content: Content, page: number, index: number, element: LayoutElement): Content =>
  withPage(content, page, (elements) => elements.map((e, i) => (i === index ? element : e)));

export const addElement = (content: Content, page: number, element: LayoutElement): Content => withPage(content, page, (elements) => [...elements, element]);

export const removeElement = (content: Content, page: number, index: number): Content => withPage(content, page, (elements) => elements.filter((_, i) => i !== index));

/** Drawn last is on top: to the front moves it to the end, to the back to the start. Gives its new index. */
export function reorderElement(content: Content, page: number, index: number, front: boolean): { content: Content; index: number } {
  const element = content.pages[page]?.elements[index];
  if (!element) return { content, index };
  const rest = (content.pages[page]?.elements ?? []).filter((_, i) => i !== index);
  const elements = front ? [...rest, element] : [element, ...rest];
  return { content: withPage(content, page, () => elements), index: front ? elements.length - 1 : 0 };
}

/** A new page has its QR code already (every page needs one), where page 1 has it. */
export function addPage(content: Content): Content {
  const qr = content.pages[0]?.elements.find((element) => element.kind === 'qr') ?? qrElement(pageSize(content.paper));
  return { ...content, pages: [...content.pages, { elements: [qr] }] };
}

export const removePage = (content: Content, page: number): Content => ({ ...content, pages: content.pages.filter((_, i) => i !== page) });

/** A field id not used yet: `item_1`, `item_2`, … */
export function uniqueFieldId(content: Content, base = 'item'): string {
  const taken = new Set(content.fields.map((field) => field.id));
  if (!taken.has(base) && base !== 'item') return base;
  for (let n = 1; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

export const addField = (content: Content, field: FieldDefinition): Content => ({ ...content, fields: [...content.fields, field] });

/** The element that shows a field of this type: a value box, a tick, or a signature. */
function elementFor(element: LayoutElement, type: FieldType, fieldId: string): LayoutElement {
  if (element.kind !== 'field' && element.kind !== 'check' && element.kind !== 'signature') return element;
  const { box } = element;
  if (type === 'signature') return { kind: 'signature', box, fieldId };
  if (type === 'checkbox') return { kind: 'check', box, fieldId };
  if (type === 'choice' && element.kind === 'check') return { ...element, fieldId };
  return element.kind === 'field' ? { ...element, fieldId } : { kind: 'field', box, fieldId };
}

/**
 * Replaces a field; a new id follows it on the page, a new type turns its boxes into the right kind, and a
 * printed label that read like the old one reads like the new one.
 */
export function replaceField(content: Content, index: number, field: FieldDefinition): Content {
  const old = content.fields[index];
  if (!old) return content;
  const follow = (element: LayoutElement): LayoutElement => {
    if ('fieldId' in element && element.fieldId === old.id) return elementFor(element, field.type, field.id);
    if (element.kind === 'text' && old.label !== field.label && element.text === old.label) return { ...element, text: field.label };
    return element;
  };
  return {
    ...content,
    fields: content.fields.map((f, i) => (i === index ? field : f)),
    pages: content.pages.map((page) => ({ ...page, elements: page.elements.map(follow) })),
  };
}

/** Removes a field and every box that shows it. */
export function removeField(content: Content, index: number): Content {
  const id = content.fields[index]?.id;
  return {
    ...content,
    fields: content.fields.filter((_, i) => i !== index),
    pages: content.pages.map((page) => ({ ...page, elements: page.elements.filter((e) => !('fieldId' in e && e.fieldId === id)) })),
  };
}

/** Whether a field is shown on some page. */
export const isPlaced = (content: Content, fieldId: string): boolean =>
  content.pages.some((page) => page.elements.some((e) => 'fieldId' in e && e.fieldId === fieldId));

/** The first free height below everything on the page (where new things go), at least under the title. */
export function nextFreeY(elements: readonly LayoutElement[], page: PageSize, height: number): number {
  const bottom = Math.max(30, ...elements.map((element) => { const b = boundsOf(element); return b.y + b.height; }));
  return Math.min(Math.ceil(bottom + 4), Math.max(0, page.height - 10 - height));
}

/** A labelled row for a field, under what is already on the page: label cell, value cell, value box. */
export function placeField(content: Content, page: number, field: FieldDefinition): Content {
  const size = pageSize(content.paper);
  const tall = field.type === 'signature' || field.type === 'multiline';
  const height = tall ? 20 : 10;
  const y = nextFreeY(content.pages[page]?.elements ?? [], size, height);
  const x = 20;
  const labelWidth = 40;
  const valueWidth = size.width - 40 - labelWidth;
  const valueX = x + labelWidth;
  const inner = { x: valueX + 1.5, y: y + 1, width: valueWidth - 3, height: height - 2 };
  const value: LayoutElement =
    field.type === 'signature'
      ? { kind: 'signature', box: inner, fieldId: field.id }
      : field.type === 'checkbox'
        ? { kind: 'check', box: { x: valueX + 2, y: y + height / 2 - 2.5, width: 5, height: 5 }, fieldId: field.id }
        : { kind: 'field', box: inner, fieldId: field.id, font: 'mincho', size: 11, minSize: 6, valign: tall ? 'top' : 'middle' };
  const row: LayoutElement[] = [
    { kind: 'rect', box: { x, y, width: labelWidth, height }, lineWidth: 0.3, fill: '#eeeeee' },
    { kind: 'text', box: { x: x + 1.5, y: y + 0.5, width: labelWidth - 3, height: height - 1 }, text: field.label, font: 'gothic', size: 9, valign: 'middle' },
    { kind: 'rect', box: { x: valueX, y, width: valueWidth, height }, lineWidth: 0.3 },
    ...(field.type === 'checkbox' ? [{ kind: 'rect', box: value.kind === 'check' ? value.box : inner, lineWidth: 0.3 } as LayoutElement] : []),
    value,
  ];
  return withPage(content, page, (elements) => [...elements, ...row]);
}

/** A new element of a kind, under what is on the page; null when it needs a field the template lacks. */
export function newElement(content: Content, page: number, kind: ElementKind): LayoutElement | null {
  const size = pageSize(content.paper);
  const elements = content.pages[page]?.elements ?? [];
  const y = (height: number) => nextFreeY(elements, size, height);
  const unplacedFirst = (accept: (field: FieldDefinition) => boolean) =>
    content.fields.filter(accept).sort((a, b) => Number(isPlaced(content, a.id)) - Number(isPlaced(content, b.id)))[0];
  switch (kind) {
    case 'text':
      return { kind, box: { x: 20, y: y(8), width: 60, height: 8 }, text: '文字', font: 'gothic', size: 10.5, valign: 'middle' };
    case 'field': {
      const field = unplacedFirst((f) => f.type !== 'signature' && f.type !== 'checkbox');
      return field ? { kind, box: { x: 20, y: y(8), width: 80, height: 8 }, fieldId: field.id, font: 'mincho', size: 11, minSize: 6, valign: 'middle' } : null;
    }
    case 'rect':
      return { kind, box: { x: 20, y: y(20), width: 80, height: 20 }, lineWidth: 0.5 };
    case 'line': {
      const at = y(0);
      return { kind, from: { x: 20, y: at }, to: { x: 100, y: at }, lineWidth: 0.5 };
    }
    case 'check': {
      const field = unplacedFirst((f) => f.type === 'checkbox' || f.type === 'choice');
      if (!field) return null;
      const box = { x: 20, y: y(5), width: 5, height: 5 };
      return field.type === 'choice' ? { kind, box, fieldId: field.id, value: field.choices?.[0]?.value ?? '' } : { kind, box, fieldId: field.id };
    }
    case 'signature': {
      const field = unplacedFirst((f) => f.type === 'signature');
      return field ? { kind, box: { x: 20, y: y(20), width: 60, height: 20 }, fieldId: field.id } : null;
    }
    case 'qr':
      return { kind, box: { x: size.width - 28, y: y(18), width: 18, height: 18 } };
  }
}
