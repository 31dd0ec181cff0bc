import type { TextOp } from './draw-ops';
import type { FacedCluster } from './font-fallback';
import { breakLines, lineWidthEm } from './line-breaking';
import type { PtRect } from './page-geometry';

export interface HorizontalSpec {
  readonly maxSize: number;
  readonly minSize: number;
  readonly align: 'left' | 'center' | 'right';
  readonly valign: 'top' | 'middle' | 'bottom';
  /** Space kept from the top or bottom frame line for `top`/`bottom`, taken only from room left over. */
  readonly inset: number;
  /** The same from the left or right for `left`/`right`. */
  readonly insetX: number;
  /** May the text wrap onto more lines, or only shrink? */
  readonly wrap: boolean;
}

/** Line pitch as a multiple of the font size. */
export const lineHeightFactor = 1.25;
/** Sizes are tried in steps of this many points. */
const sizeStep = 0.25;

const blockHeight = (lines: number, size: number): number => size * (1 + (lines - 1) * lineHeightFactor);

interface Fitted {
  readonly size: number;
  readonly lines: readonly (readonly FacedCluster[])[];
}

function layoutAt(hardLines: readonly FacedCluster[][], frame: PtRect, size: number, wrap: boolean): Fitted | null {
  const maxEm = frame.width / size;
  const lines = wrap ? hardLines.flatMap((line) => breakLines(line, maxEm)) : hardLines;
  if (blockHeight(lines.length, size) > frame.height + 1e-6) return null;
  if (lines.some((line) => lineWidthEm(line) > maxEm + 1e-9)) return null;
  return { size, lines };
}

/**
 * The largest size (from maxSize down to minSize, in quarter points) at which the text fits the frame,
 * wrapping when allowed; null when it does not fit even at minSize.
 */
export function fitHorizontal(hardLines: readonly FacedCluster[][], frame: PtRect, spec: HorizontalSpec): Fitted | null {
  const first = layoutAt(hardLines, frame, spec.maxSize, spec.wrap);
  if (first) return first;
  if (!spec.wrap) {
    const widest = Math.max(...hardLines.map((line) => lineWidthEm(line)));
    const size = Math.min(frame.width / widest, frame.height / blockHeight(hardLines.length, 1));
    const stepped = Math.floor(size / sizeStep) * sizeStep;
    return stepped >= spec.minSize ? layoutAt(hardLines, frame, stepped, false) : null;
  }
  // The largest k with minSize + k quarter points fitting; fitting is monotone in the size.
  let low = 0;
  let high = Math.floor((spec.maxSize - spec.minSize) / sizeStep);
  let best: Fitted | null = null;
  while (low <= high) {
    const k = (low + high) >> 1;
    const fitted = layoutAt(hardLines, frame, spec.minSize + k * sizeStep, true);
    if (fitted) {
      best = fitted;
      low = k + 1;
    } else {
      high = k - 1;
    }
  }
  return best;
}

/** Where a block starts below the frame's top, given the height left over. */
export const verticalOffset = (free: number, spec: Pick<HorizontalSpec, 'valign' | 'inset'>): number =>
  spec.valign === 'top' ? Math.min(spec.inset, free) : spec.valign === 'bottom' ? free - Math.min(spec.inset, free) : free / 2;

/** Text ops for fitted lines: one op per run of clusters in the same face. */
export function placeHorizontal(fitted: Fitted, frame: PtRect, spec: HorizontalSpec): TextOp[] {
  const { size, lines } = fitted;
  const pitch = size * lineHeightFactor;
  const top = frame.y + verticalOffset(frame.height - blockHeight(lines.length, size), spec);
  const ops: TextOp[] = [];
  lines.forEach((line, index) => {
    const width = lineWidthEm(line) * size;
    const free = frame.width - width;
    let x = frame.x + (spec.align === 'left' ? Math.min(spec.insetX, free) : spec.align === 'right' ? free - Math.min(spec.insetX, free) : free / 2);
    const emBoxTop = top + index * pitch;
    let runStart = 0;
    for (let i = 1; i <= line.length; i++) {
      if (i < line.length && line[i]!.face === line[runStart]!.face) continue;
      const run = line.slice(runStart, i);
      const face = run[0]!.face;
      const text = run.map((cluster) => cluster.text).join('');
      if (text.trim() !== '') ops.push({ kind: 'text', face, text, x, baseline: emBoxTop + face.emTop * size, size, vertical: false });
      x += run.reduce((sum, cluster) => sum + cluster.advance, 0) * size;
      runStart = i;
    }
  });
  return ops;
}
