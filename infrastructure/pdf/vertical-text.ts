import type { TextOp } from './draw-ops';
import type { FacedCluster } from './font-fallback';
import { lineHeightFactor, type HorizontalSpec } from './horizontal-text';
import type { PtRect } from './page-geometry';

/**
 * 縦書き: one cluster per em (an ASCII space half an em) from top to bottom, columns from right to left, a hard line break starts a new
 * column. Each cluster is drawn with the font's `vert` alternate, so ー, 〜, brackets and 、。 take their
 * vertical forms; Latin letters and digits stay upright, centred in the column. No kinsoku across columns.
 * `align` places the block of columns across the frame, `valign` places each column along it.
 */
export type VerticalSpec = Omit<HorizontalSpec, 'wrap'>;

const sizeStep = 0.25;

/** Vertical advance in em: one em per cluster, half for an ASCII space. */
const verticalAdvance = (cluster: FacedCluster): number => (cluster.source === ' ' ? 0.5 : 1);

/** Hard lines cut into columns at most `heightEm` long. */
function columnsAt(hardLines: readonly FacedCluster[][], heightEm: number): FacedCluster[][] {
  const columns: FacedCluster[][] = [];
  for (const line of hardLines) {
    let column: FacedCluster[] = [];
    let used = 0;
    for (const cluster of line) {
      const advance = verticalAdvance(cluster);
      if (used + advance > heightEm + 1e-9 && column.length > 0) {
        columns.push(column);
        column = [];
        used = 0;
      }
      column.push(cluster);
      used += advance;
    }
    columns.push(column);
  }
  return columns;
}

const columnHeight = (column: readonly FacedCluster[]): number => column.reduce((sum, cluster) => sum + verticalAdvance(cluster), 0);

const blockWidth = (columns: number, size: number): number => size * (1 + (columns - 1) * lineHeightFactor);

function layoutAt(hardLines: readonly FacedCluster[][], frame: PtRect, size: number): FacedCluster[][] | null {
  if (frame.height < size - 1e-9) return null;
  const columns = columnsAt(hardLines, frame.height / size);
  return blockWidth(columns.length, size) <= frame.width + 1e-6 ? columns : null;
}

/** The largest size (quarter points, maxSize down to minSize) at which the columns fit; null if none. */
export function fitVertical(hardLines: readonly FacedCluster[][], frame: PtRect, spec: VerticalSpec): { size: number; columns: FacedCluster[][] } | null {
  const steps = Math.floor((spec.maxSize - spec.minSize) / sizeStep);
  const sizes = [spec.maxSize, ...Array.from({ length: steps + 1 }, (_, k) => spec.minSize + (steps - k) * sizeStep)];
  for (const size of sizes) {
    const columns = layoutAt(hardLines, frame, size);
    if (columns) return { size, columns };
  }
  return null;
}

export function placeVertical(fitted: { size: number; columns: FacedCluster[][] }, frame: PtRect, spec: VerticalSpec): TextOp[] {
  const { size, columns } = fitted;
  const width = blockWidth(columns.length, size);
  const right = frame.x + (spec.align === 'right' ? frame.width : spec.align === 'left' ? width : (frame.width + width) / 2);
  const ops: TextOp[] = [];
  columns.forEach((column, index) => {
    const centre = right - size / 2 - index * size * lineHeightFactor;
    const free = frame.height - columnHeight(column) * size;
    let emBoxTop = frame.y + (spec.valign === 'bottom' ? free : spec.valign === 'middle' ? free / 2 : 0);
    for (const cluster of column) {
      if (cluster.text.trim() !== '') {
        const glyph = cluster.face.verticalGlyph(cluster.text);
        const advance = (glyph.advanceWidth / cluster.face.font.unitsPerEm) * size;
        ops.push({ kind: 'text', face: cluster.face, text: cluster.text, x: centre - advance / 2, baseline: emBoxTop + cluster.face.emTop * size, size, vertical: true });
      }
      emBoxTop += verticalAdvance(cluster) * size;
    }
  });
  return ops;
}
