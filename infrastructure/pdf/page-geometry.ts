import { paperSizes, type Box, type Orientation, type PaperSize, type Point } from '../../domain/form/form-template.types';

/** Templates are laid out in millimetres; PDF user space is in points (1 pt = 1/72 inch). */
export const pointsPerMillimetre = 72 / 25.4;

export const toPoints = (millimetres: number): number => millimetres * pointsPerMillimetre;

/** A rectangle in points, from the top-left corner of the page (pdfkit's coordinates). */
export interface PtRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PtPoint {
  readonly x: number;
  readonly y: number;
}

export const boxToPoints = (box: Box): PtRect => ({
  x: toPoints(box.x),
  y: toPoints(box.y),
  width: toPoints(box.width),
  height: toPoints(box.height),
});

export const pointToPoints = (point: Point): PtPoint => ({ x: toPoints(point.x), y: toPoints(point.y) });

/** Page size in points; landscape swaps width and height (A4 landscape: 841.89 × 595.28). */
export function pageSizeInPoints(size: PaperSize, orientation: Orientation): { readonly width: number; readonly height: number } {
  const paper = paperSizes[size];
  const [width, height] = orientation === 'landscape' ? [paper.height, paper.width] : [paper.width, paper.height];
  return { width: toPoints(width), height: toPoints(height) };
}

/** The rectangle shrunk by `inset` points on every side. */
export const inset = (rect: PtRect, by: number): PtRect => ({
  x: rect.x + by,
  y: rect.y + by,
  width: Math.max(0, rect.width - 2 * by),
  height: Math.max(0, rect.height - 2 * by),
});
