import type { RenderWarning } from '../../application/form/form-renderer.port';
import type { FontFace } from './font-face';
import { isVariationSelector, splitClusters } from './text-clusters';

/** 〓 (geta mark), printed where no font has a character: visible, and the usual sign for it in Japan. */
export const substituteCharacter = '〓';

export type GlyphIssue = RenderWarning['code'];

/** A cluster with the face that draws it; `text` differs from `source` when something was substituted. */
export interface FacedCluster {
  readonly source: string;
  readonly text: string;
  readonly face: FontFace;
  /** Horizontal advance in em. */
  readonly advance: number;
  readonly issue?: GlyphIssue;
}

/**
 * Per-character font fallback over an ordered list of faces (the element's family, the other family,
 * IPAmj Mincho). A plain character goes to the first face that has it. A variation sequence goes to the
 * first face that knows that sequence (IPAmj for MJ variants); if none does, to the first face with the
 * base character (base form printed, VARIATION_MISSING). No face at all: 〓 (GLYPH_MISSING).
 * Answers are cached per cluster for the life of the process.
 */
export class FontFallback {
  private readonly resolved = new Map<string, FacedCluster>();

  /** Faces come lazily: IPAmj (46 MB) is parsed only when a character needs it. */
  constructor(private readonly faces: ReadonlyArray<() => FontFace | null>) {}

  /** One line (no line breaks) as faced clusters. */
  line(text: string): FacedCluster[] {
    return splitClusters(text).map((cluster) => this.resolve(cluster));
  }

  resolve(cluster: string): FacedCluster {
    let faced = this.resolved.get(cluster);
    if (!faced) {
      faced = this.choose(cluster);
      this.resolved.set(cluster, faced);
    }
    return faced;
  }

  private choose(cluster: string): FacedCluster {
    const base = cluster.codePointAt(0)!;
    const baseText = String.fromCodePoint(base);
    const selector = cluster.length > baseText.length ? cluster.codePointAt(baseText.length)! : null;
    if (selector !== null && isVariationSelector(selector)) {
      const variant = this.firstFace((face) => face.variation(base, selector) !== 'absent');
      if (variant) return faced(cluster, cluster, variant);
      const plain = this.firstFace((face) => face.has(base));
      if (plain) return faced(cluster, baseText, plain, 'FORM.VARIATION_MISSING');
    } else {
      const face = this.firstFace((candidate) => candidate.has(base));
      if (face) return faced(cluster, cluster, face);
    }
    const face = this.firstFace((candidate) => candidate.has(substituteCharacter.codePointAt(0)!));
    if (!face) throw new Error('No font has the substitute character 〓');
    return faced(cluster, substituteCharacter, face, 'FORM.GLYPH_MISSING');
  }

  private firstFace(test: (face: FontFace) => boolean): FontFace | null {
    for (const load of this.faces) {
      const face = load();
      if (face && test(face)) return face;
    }
    return null;
  }
}

function faced(source: string, text: string, face: FontFace, issue?: GlyphIssue): FacedCluster {
  const advance = face.advance(text);
  return issue ? { source, text, face, advance, issue } : { source, text, face, advance };
}
