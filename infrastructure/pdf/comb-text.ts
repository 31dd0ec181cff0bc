import type { TextOp } from './draw-ops';
import type { FacedCluster } from './font-fallback';
import { verticalOffset, type HorizontalSpec } from './horizontal-text';
import type { PtRect } from './page-geometry';

/** A glyph may take this share of its cell's width, so that neighbours never touch. */
const cellFill = 0.85;

/**
 * `comb`: the box is `cells` equal cells, one cluster in each (digits of a postal code, a My Number
 * box). The text is placed from the left, right or centre by `align`; it does not wrap. The size is the
 * largest up to maxSize at which the widest glyph fits its cell; null when the text has more clusters
 * than cells or needs a size below minSize.
 */
export function placeComb(clusters: readonly FacedCluster[], frame: PtRect, cells: number, spec: Omit<HorizontalSpec, 'wrap'>): TextOp[] | null {
  if (clusters.length > cells) return null;
  const cellWidth = frame.width / cells;
  const widest = Math.max(0.5, ...clusters.map((cluster) => cluster.advance));
  const size = Math.min(spec.maxSize, (cellWidth * cellFill) / widest, frame.height);
  if (size < spec.minSize) return null;
  const first = spec.align === 'right' ? cells - clusters.length : spec.align === 'center' ? Math.floor((cells - clusters.length) / 2) : 0;
  const emBoxTop = frame.y + verticalOffset(frame.height - size, spec);
  const baseline = (cluster: FacedCluster) => emBoxTop + cluster.face.emTop * size;
  const head = clusters[0];
  if (head && clusters.every((cluster) => cluster.face === head.face && cluster.advance === head.advance && cluster.text.trim() !== '')) {
    // Equal glyphs (digits): one op, the cell pitch as character spacing.
    const x = frame.x + (first + 0.5) * cellWidth - (head.advance * size) / 2;
    const text = clusters.map((cluster) => cluster.text).join('');
    return [{ kind: 'text', face: head.face, text, x, baseline: baseline(head), size, vertical: false, spacing: cellWidth - head.advance * size }];
  }
  const ops: TextOp[] = [];
  clusters.forEach((cluster, index) => {
    if (cluster.text.trim() === '') return;
    const centre = frame.x + (first + index + 0.5) * cellWidth;
    ops.push({ kind: 'text', face: cluster.face, text: cluster.text, x: centre - (cluster.advance * size) / 2, baseline: baseline(cluster), size, vertical: false });
  });
  return ops;
}
