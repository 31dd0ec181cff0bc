import type { LayoutElement } from '@madoguchi/application/form/contracts/form-template.contract';
import { moveElement, resizeElement } from './element-geometry';

const a4 = { width: 210, height: 297 };
const field: LayoutElement = { kind: 'field', box: { x: 42.5, y: 44.4, width: 30, height: 8 }, fieldId: 'name' };

describe('element geometry', () => {
  it('moves to whole millimetres and never off the page', () => {
    expect(moveElement(field, 10.2, -3.1, a4)).toEqual({ ...field, box: { x: 53, y: 41, width: 30, height: 8 } });
    expect(moveElement(field, -100, 400, a4)).toEqual({ ...field, box: { x: 0, y: 289, width: 30, height: 8 } });
  });

  it('moves both ends of a line together', () => {
    const line: LayoutElement = { kind: 'line', from: { x: 20, y: 60 }, to: { x: 120, y: 60 } };
    expect(moveElement(line, 5.4, 2, a4)).toEqual({ kind: 'line', from: { x: 25, y: 62 }, to: { x: 125, y: 62 } });
    expect(moveElement(line, 200, 0, a4)).toEqual({ kind: 'line', from: { x: 110, y: 60 }, to: { x: 210, y: 60 } });
  });

  it('resizes from an edge or a corner, the moved edges on whole millimetres, keeping at least 1 mm', () => {
    expect(resizeElement(field, 'se', 4.6, 2.2, a4)).toEqual({ ...field, box: { x: 42.5, y: 44.4, width: 34.5, height: 10.6 } });
    expect(resizeElement(field, 'w', 50, 0, a4)).toEqual({ ...field, box: { x: 71.5, y: 44.4, width: 1, height: 8 } });
    expect(resizeElement(field, 'n', 0, -100, a4)).toEqual({ ...field, box: { x: 42.5, y: 0, width: 30, height: 52.4 } });
  });
});
