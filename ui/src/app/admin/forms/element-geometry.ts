import type { Box, LayoutElement } from '@madoguchi/application/form/contracts/form-template.contract';
import type { PageSize } from './paper';

/** Where the pointer grabbed an element: its body (move), an edge or a corner (resize), a line's end. */
export type Handle = 'move' | 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw' | 'from' | 'to';

export const boxHandles: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** The smallest box the designer makes (mm). */
const minSize = 1;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));
/** Everything the designer places lands on whole millimetres. */
const snap = (value: number) => Math.round(value);

/** The box an element covers (a line's from/to corners). */
export function boundsOf(element: LayoutElement): Box {
  if (element.kind !== 'line') return element.box;
  const x = Math.min(element.from.x, element.to.x);
  const y = Math.min(element.from.y, element.to.y);
  return { x, y, width: Math.abs(element.to.x - element.from.x), height: Math.abs(element.to.y - element.from.y) };
}

/** The element moved by (dx, dy) mm, snapped to whole millimetres and kept on the page. */
export function moveElement(element: LayoutElement, dx: number, dy: number, page: PageSize): LayoutElement {
  if (element.kind === 'line') {
    const bounds = boundsOf(element);
    const x = clamp(snap(bounds.x + dx), 0, page.width - bounds.width);
    const y = clamp(snap(bounds.y + dy), 0, page.height - bounds.height);
    const shiftX = x - bounds.x;
    const shiftY = y - bounds.y;
    return {
      ...element,
      from: { x: element.from.x + shiftX, y: element.from.y + shiftY },
      to: { x: element.to.x + shiftX, y: element.to.y + shiftY },
    };
  }
  const { box } = element;
  return {
    ...element,
    box: { ...box, x: clamp(snap(box.x + dx), 0, page.width - box.width), y: clamp(snap(box.y + dy), 0, page.height - box.height) },
  };
}

/** The element with the grabbed edge, corner or line end moved by (dx, dy) mm, snapped and kept on the page. */
export function resizeElement(element: LayoutElement, handle: Handle, dx: number, dy: number, page: PageSize): LayoutElement {
  if (handle === 'move') return moveElement(element, dx, dy, page);
  if (element.kind === 'line') {
    if (handle !== 'from' && handle !== 'to') return element;
    const point = element[handle];
    return { ...element, [handle]: { x: clamp(snap(point.x + dx), 0, page.width), y: clamp(snap(point.y + dy), 0, page.height) } };
  }
  const { box } = element;
  let left = box.x;
  let top = box.y;
  let right = box.x + box.width;
  let bottom = box.y + box.height;
  if (handle.includes('w')) left = clamp(snap(left + dx), 0, right - minSize);
  if (handle.includes('e')) right = clamp(snap(right + dx), left + minSize, page.width);
  if (handle.includes('n')) top = clamp(snap(top + dy), 0, bottom - minSize);
  if (handle.includes('s')) bottom = clamp(snap(bottom + dy), top + minSize, page.height);
  return { ...element, box: { x: left, y: top, width: round(right - left), height: round(bottom - top) } };
}

/** Hundredths of a millimetre are plenty; avoids 12.299999 in the JSON. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
