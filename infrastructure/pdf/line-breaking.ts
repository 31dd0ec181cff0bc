import type { FacedCluster } from './font-fallback';

/** 行頭禁則: characters that may not start a line (closing brackets, 、。, small kana, ー, ...). */
const noLineStart = new Set(Array.from(')]}）］｝〕〉》」』】〙〗〟’”｠»、。，．,.・：；:;!?！？‼⁇ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻‐゠–〜～'));
/** 行末禁則: characters that may not end a line (opening brackets). */
const noLineEnd = new Set(Array.from('([{（［｛〔〈《「『【〘〖〝‘“｟«'));

const isWordChar = (cluster: string): boolean => /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-_'.@]$/u.test(cluster);

/** Whether a line may break between clusters[at - 1] and clusters[at]. */
function canBreakBefore(clusters: readonly FacedCluster[], at: number): boolean {
  const before = clusters[at - 1]!.source;
  const after = clusters[at]!.source;
  if (noLineStart.has(after) || noLineEnd.has(before)) return false;
  return !(isWordChar(before) && isWordChar(after));
}

/** Width in em of clusters[from, to), trailing ASCII spaces not counted. */
export function lineWidthEm(clusters: readonly FacedCluster[], from = 0, to = clusters.length): number {
  let end = to;
  while (end > from && clusters[end - 1]!.source === ' ') end--;
  let width = 0;
  for (let i = from; i < end; i++) width += clusters[i]!.advance;
  return width;
}

/**
 * Greedy line breaking of one hard line into lines no wider than `maxEm`, with kinsoku (禁則) and
 * Latin words kept whole when they can be; a word longer than a line is broken anywhere.
 * Breaking at an ASCII space drops the spaces that would start the next line.
 */
export function breakLines(clusters: readonly FacedCluster[], maxEm: number): FacedCluster[][] {
  const lines: FacedCluster[][] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < clusters.length; i++) {
    const advance = clusters[i]!.advance;
    if (width + advance > maxEm + 1e-9 && i > start && clusters[i]!.source !== ' ') {
      let at = i;
      while (at > start + 1 && !canBreakBefore(clusters, at)) at--;
      if (!canBreakBefore(clusters, at)) at = i;
      lines.push(clusters.slice(start, at));
      start = at;
      while (start < i && clusters[start]!.source === ' ') start++;
      width = 0;
      for (let j = start; j < i; j++) width += clusters[j]!.advance;
    }
    width += advance;
  }
  lines.push(clusters.slice(start));
  return lines;
}
