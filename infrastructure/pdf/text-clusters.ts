/**
 * A string as the renderer places it: clusters of one code point (surrogate pairs joined) plus the
 * variation selector that follows it, if any (辻 + U+E0102 is ONE cluster and one glyph).
 */

/** Standardised variation selectors (U+FE00–FE0F) and ideographic ones (IVS, U+E0100–E01EF). */
export function isVariationSelector(codePoint: number): boolean {
  return (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
}

/** Control characters never reach a page (line breaks are split off before, tabs become spaces). */
function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
}

/**
 * Splits one line of text into clusters. A selector with no base (at the start, or after another
 * selector) is dropped; so are control characters; a tab becomes a space.
 */
export function splitClusters(line: string): string[] {
  const clusters: string[] = [];
  let previousWasBase = false;
  for (const char of line) {
    const codePoint = char.codePointAt(0)!;
    if (isVariationSelector(codePoint)) {
      if (previousWasBase) clusters[clusters.length - 1] += char;
      previousWasBase = false;
    } else if (codePoint === 0x09) {
      clusters.push(' ');
      previousWasBase = true;
    } else if (isControl(codePoint)) {
      previousWasBase = false;
    } else {
      clusters.push(char);
      previousWasBase = true;
    }
  }
  return clusters;
}

/** The code points of a cluster written as U+XXXX, space separated (for warnings). */
export function describeCodePoints(cluster: string): string {
  return Array.from(cluster, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
