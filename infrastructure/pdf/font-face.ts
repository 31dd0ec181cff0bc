import { readFileSync } from 'node:fs';
import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun, type VariationSelectorRecord } from 'fontkit';
import type { FaceKey } from './font-files';
import { splitClusters } from './text-clusters';
import { TrueTypeSource, type TrueTypeSubset } from './truetype-subset';

/** Whether a font has a variation sequence: its own glyph, the base glyph declared as that variant, or neither. */
export type VariationSupport = 'variant' | 'default' | 'absent';

/** Who writes the embedded font subsets: our `truetype-subset.ts`, or fontkit (pdfkit's own path). */
export type FontSubsetter = 'own' | 'fontkit';

/**
 * One font file, parsed once per process, with the per-character answers cached: coverage, the glyph of
 * a cluster (variation sequences included), its advance. Everything is in em (1 = the font size).
 */
export class FontFace {
  /** The top of the ideographic em box above the baseline, in em (0.88 in Noto CJK and IPAmj). */
  readonly emTop: number;
  private readonly coverage = new Map<number, boolean>();
  private readonly horizontal = new Map<string, Glyph>();
  private readonly vertical = new Map<string, Glyph>();
  private readonly selectors: ReadonlyMap<number, VariationSelectorRecord>;
  private readonly pdfkitSources = new Map<FontSubsetter, PdfkitFontSource>();

  constructor(
    readonly key: FaceKey,
    readonly font: Font,
    /** The file's tables for fast subsetting; null: fontkit subsets (CFF-flavoured fonts). */
    readonly trueType: TrueTypeSource | null = null,
  ) {
    const os2 = font['OS/2'];
    const typoHeight = os2.typoAscender - os2.typoDescender;
    this.emTop = typoHeight > 0 ? os2.typoAscender / typoHeight : 0.88;
    this.selectors = new Map((font._cmapProcessor?.uvs?.varSelectors.toArray() ?? []).map((record) => [record.varSelector, record]));
    this.correctVariationLookup();
  }

  static load(key: FaceKey, path: string): FontFace {
    const file = readFileSync(path);
    return new FontFace(key, create(file), TrueTypeSource.open(file));
  }

  get postscriptName(): string {
    return this.font.postscriptName;
  }

  /** What pdfkit is given instead of the file, so that it lays text out with these caches (see below). */
  pdfkitSource(subsetter: FontSubsetter): PdfkitFontSource {
    let source = this.pdfkitSources.get(subsetter);
    if (!source) {
      source = new PdfkitFontSource(this, subsetter);
      this.pdfkitSources.set(subsetter, source);
    }
    return source;
  }

  has(codePoint: number): boolean {
    let known = this.coverage.get(codePoint);
    if (known === undefined) {
      known = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, known);
    }
    return known;
  }

  variation(base: number, selector: number): VariationSupport {
    const record = this.selectors.get(selector);
    if (!record) return 'absent';
    if (record.nonDefaultUVS?.some((entry) => entry.unicodeValue === base)) return 'variant';
    if (record.defaultUVS?.some((range) => base >= range.startUnicodeValue && base <= range.startUnicodeValue + range.additionalCount)) {
      return 'default';
    }
    return 'absent';
  }

  /** The glyph of a cluster set horizontally (a variation sequence gives its variant glyph). */
  glyph(cluster: string): Glyph {
    let glyph = this.horizontal.get(cluster);
    if (!glyph) {
      glyph = this.font.glyphsForString(cluster)[0] ?? this.font.getGlyph(0);
      this.horizontal.set(cluster, glyph);
    }
    return glyph;
  }

  /** The glyph for vertical writing: the font's `vert` alternate (ー turned, brackets and 、。 repositioned). */
  verticalGlyph(cluster: string): Glyph {
    let glyph = this.vertical.get(cluster);
    if (!glyph) {
      const upright = this.glyph(cluster);
      const substituted = this.font.layout(cluster, ['vert']).glyphs;
      glyph = substituted.length === 1 ? substituted[0]! : upright;
      this.vertical.set(cluster, glyph);
    }
    return glyph;
  }

  /** Horizontal advance in em. */
  advance(cluster: string): number {
    return this.glyph(cluster).advanceWidth / this.font.unitsPerEm;
  }

  /**
   * fontkit 2.0.4 misses a non-default variation when the same selector record also has default ranges
   * (Noto CJK: 辻 + U+E0100 came out as plain 辻). The lookup is replaced on this parsed font only, with one
   * that reads the same cmap format 14 records correctly.
   */
  private correctVariationLookup(): void {
    const processor = this.font._cmapProcessor;
    if (!processor) return;
    processor.getVariationSelector = (codePoint: number, selector: number): number =>
      this.selectors.get(selector)?.nonDefaultUVS?.find((entry) => entry.unicodeValue === codePoint)?.glyphID ?? 0;
  }
}

/**
 * The font object handed to pdfkit (0.20 accepts any object with `layout`), delegating to fontkit for
 * everything but layout. Layout here is one glyph per cluster with the cached glyphs, no OpenType shaping:
 * what the renderer measured is exactly what pdfkit draws, and nothing is shaped again per document.
 * With the feature `vert`, clusters get their vertical-writing glyphs.
 */
export class PdfkitFontSource {
  constructor(
    private readonly face: FontFace,
    private readonly subsetter: FontSubsetter,
  ) {}

  get postscriptName(): string { return this.face.font.postscriptName; }
  get unitsPerEm(): number { return this.face.font.unitsPerEm; }
  get ascent(): number { return this.face.font.ascent; }
  get descent(): number { return this.face.font.descent; }
  get lineGap(): number { return this.face.font.lineGap; }
  get xHeight(): number { return this.face.font.xHeight; }
  get capHeight(): number { return this.face.font.capHeight; }
  get italicAngle(): number { return this.face.font.italicAngle; }
  get bbox(): Font['bbox'] { return this.face.font.bbox; }
  get 'OS/2'(): Font['OS/2'] { return this.face.font['OS/2']; }
  get post(): Font['post'] { return this.face.font.post; }
  get head(): Font['head'] { return this.face.font.head; }
  get _tables(): Font['_tables'] { return this.face.font._tables; }

  getGlyph(id: number): Glyph {
    return this.face.font.getGlyph(id);
  }

  createSubset(): TrueTypeSubset | ReturnType<Font['createSubset']> {
    return (this.subsetter === 'own' ? this.face.trueType?.createSubset() : null) ?? this.face.font.createSubset();
  }

  layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun {
    const vertical = Array.isArray(features) ? features.includes('vert') : features?.['vert'] === true;
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    let advanceWidth = 0;
    for (const cluster of splitClusters(text)) {
      const glyph = vertical ? this.face.verticalGlyph(cluster) : this.face.glyph(cluster);
      glyphs.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      advanceWidth += glyph.advanceWidth;
    }
    return { glyphs, positions, advanceWidth };
  }
}
