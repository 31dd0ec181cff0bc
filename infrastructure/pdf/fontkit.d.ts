/**
 * The part of fontkit 2 (pdfkit's own font engine, `require('fontkit')`) that the PDF adapter uses.
 * fontkit ships no types; these describe version 2.0.x as installed with pdfkit 0.20.
 */
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    /** In font units (unitsPerEm). */
    readonly advanceWidth: number;
    readonly codePoints: number[];
  }

  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    readonly glyphs: Glyph[];
    readonly positions: GlyphPosition[];
    readonly advanceWidth: number;
  }

  export interface Subset {
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }

  /** A Unicode variation sequence record of the cmap format 14 subtable, as fontkit parses it. */
  export interface VariationSelectorRecord {
    readonly varSelector: number;
    readonly defaultUVS: ReadonlyArray<{ readonly startUnicodeValue: number; readonly additionalCount: number }> | null;
    readonly nonDefaultUVS: ReadonlyArray<{ readonly unicodeValue: number; readonly glyphID: number }> | null;
  }

  export interface CmapProcessor {
    uvs: { readonly varSelectors: { toArray(): VariationSelectorRecord[] } } | null;
    getVariationSelector(codePoint: number, variationSelector: number): number;
  }

  export interface Font {
    readonly postscriptName: string;
    readonly familyName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    readonly lineGap: number;
    readonly xHeight: number;
    readonly capHeight: number;
    readonly italicAngle: number;
    readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
    readonly numGlyphs: number;
    readonly 'OS/2': { readonly typoAscender: number; readonly typoDescender: number; readonly sFamilyClass?: number };
    readonly post: { readonly isFixedPitch: number };
    readonly head: { readonly macStyle: { readonly italic: boolean } };
    /** Parsed tables (internal, read by pdfkit when comparing fonts). */
    readonly _tables: Record<string, unknown>;
    /** Internal; read to answer "has this variation sequence" and to correct the lookup (see font-face.ts). */
    readonly _cmapProcessor?: CmapProcessor;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    glyphsForString(text: string): Glyph[];
    getGlyph(id: number, codePoints?: number[]): Glyph;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    createSubset(): Subset;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
