/**
 * TrueType subsetting for embedding (FontFile2), built from the font file's own tables with every glyph's
 * bytes cached per process: a subset is then a few buffer copies instead of fontkit re-parsing every glyph
 * outline for every document. Writes what PDF needs of a TrueType font (head, hhea, maxp, loca, glyf,
 * hmtx, and the hinting tables cvt, fpgm, prep when present), like fontkit's own subset does.
 *
 * Kept because measured (docs/benchmarks.md, 2026-12-03, "our own code or pdfkit's own path"): signed
 * Hanamaki forms render at 1.7 times the pages per CPU second with this subsetter as with fontkit's
 * (`fontSubsetter: 'fontkit'`; 130 against 75, one form per PDF; 1.4 times, 181 against 129, with four),
 * for PDFs within 1 % of the same size and pixel-identical pages (tests/int/pdf/pdfkit-paths.test.ts).
 * Speed is the only reason: fontkit's subset takes the same glyph ids, variation sequences and fallback
 * glyphs included (they are chosen in font-face.ts and font-fallback.ts, whoever writes the subset).
 */

interface TableSlice {
  readonly offset: number;
  readonly length: number;
}

interface GlyphRecord {
  readonly bytes: Buffer;
  /** Composite glyphs: where each component's glyph id sits in `bytes`, and that id. */
  readonly components: ReadonlyArray<{ readonly at: number; readonly glyphId: number }>;
  readonly advance: number;
  readonly leftSideBearing: number;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

const pad4 = (length: number): number => (length + 3) & ~3;

function checksum(data: Buffer): number {
  let sum = 0;
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** One TrueType (glyf-based) font file, read for subsetting. */
export class TrueTypeSource {
  private readonly tables = new Map<string, TableSlice>();
  private readonly glyphs = new Map<number, GlyphRecord>();
  private readonly locaLong: boolean;
  private readonly metricsCount: number;

  private constructor(private readonly file: Buffer) {
    const count = file.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const record = 12 + i * 16;
      this.tables.set(file.toString('latin1', record, record + 4), { offset: file.readUInt32BE(record + 8), length: file.readUInt32BE(record + 12) });
    }
    this.locaLong = file.readInt16BE(this.table('head').offset + 50) === 1;
    this.metricsCount = file.readUInt16BE(this.table('hhea').offset + 34);
  }

  /** A source for a TrueType file with outlines in `glyf`; null for CFF-flavoured or collection files. */
  static open(file: Buffer): TrueTypeSource | null {
    if (file.length < 12 || file.readUInt32BE(0) !== 0x00010000) return null;
    const source = new TrueTypeSource(file);
    return ['glyf', 'loca', 'head', 'hhea', 'hmtx', 'maxp'].every((tag) => source.tables.has(tag)) ? source : null;
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this);
  }

  glyph(glyphId: number): GlyphRecord {
    let record = this.glyphs.get(glyphId);
    if (!record) {
      record = this.readGlyph(glyphId);
      this.glyphs.set(glyphId, record);
    }
    return record;
  }

  /** The bytes of a table to copy as it is (cvt, fpgm, prep), or of head/hhea/maxp to patch. */
  rawTable(tag: string): Buffer | null {
    const slice = this.tables.get(tag);
    return slice ? this.file.subarray(slice.offset, slice.offset + slice.length) : null;
  }

  private table(tag: string): TableSlice {
    const slice = this.tables.get(tag);
    if (!slice) throw new Error(`TrueType table ${tag} missing`);
    return slice;
  }

  private readGlyph(glyphId: number): GlyphRecord {
    const { file } = this;
    const loca = this.table('loca').offset;
    const [start, end] = this.locaLong
      ? [file.readUInt32BE(loca + glyphId * 4), file.readUInt32BE(loca + glyphId * 4 + 4)]
      : [file.readUInt16BE(loca + glyphId * 2) * 2, file.readUInt16BE(loca + glyphId * 2 + 2) * 2];
    const glyf = this.table('glyf').offset;
    const bytes = Buffer.from(file.subarray(glyf + start, glyf + end));
    const components: Array<{ at: number; glyphId: number }> = [];
    if (bytes.length >= 10 && bytes.readInt16BE(0) < 0) {
      let at = 10;
      let flags: number;
      do {
        flags = bytes.readUInt16BE(at);
        components.push({ at: at + 2, glyphId: bytes.readUInt16BE(at + 2) });
        at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        at += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
      } while (flags & MORE_COMPONENTS);
    }
    const hmtx = this.table('hmtx').offset;
    const last = this.metricsCount - 1;
    const advance = file.readUInt16BE(hmtx + Math.min(glyphId, last) * 4);
    const leftSideBearing =
      glyphId <= last ? file.readInt16BE(hmtx + glyphId * 4 + 2) : file.readInt16BE(hmtx + this.metricsCount * 4 + (glyphId - this.metricsCount) * 2);
    return { bytes, components, advance, leftSideBearing };
  }
}

/** The glyphs one PDF uses of one font; glyph 0 (.notdef) is always first, as PDF expects. */
export class TrueTypeSubset {
  /** pdfkit asks whether the subset is CFF (it is not). */
  readonly cff = null;
  private readonly order: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: TrueTypeSource) {
    this.includeGlyph(0);
  }

  /** The glyph's id in the subset (its CID in the PDF, CIDToGIDMap Identity). */
  includeGlyph(glyph: number | { readonly id: number }): number {
    const glyphId = typeof glyph === 'number' ? glyph : glyph.id;
    let subsetId = this.mapping.get(glyphId);
    if (subsetId === undefined) {
      subsetId = this.order.length;
      this.order.push(glyphId);
      this.mapping.set(glyphId, subsetId);
    }
    return subsetId;
  }

  encode(): Buffer {
    const glyphParts: Buffer[] = [];
    const offsets: number[] = [];
    const metrics: Array<[number, number]> = [];
    let offset = 0;
    for (let i = 0; i < this.order.length; i++) {
      const record = this.source.glyph(this.order[i]!);
      let bytes = record.bytes;
      if (record.components.length > 0) {
        bytes = Buffer.from(bytes);
        for (const component of record.components) bytes.writeUInt16BE(this.includeGlyph(component.glyphId), component.at);
      }
      offsets.push(offset);
      metrics.push([record.advance, record.leftSideBearing]);
      glyphParts.push(bytes);
      const padding = pad4(bytes.length) - bytes.length;
      if (padding > 0) glyphParts.push(Buffer.alloc(padding));
      offset += bytes.length + padding;
    }
    offsets.push(offset);
    const count = metrics.length;

    const loca = Buffer.alloc(offsets.length * 4);
    offsets.forEach((value, i) => loca.writeUInt32BE(value, i * 4));
    const hmtx = Buffer.alloc(count * 4);
    metrics.forEach(([advance, bearing], i) => {
      hmtx.writeUInt16BE(advance, i * 4);
      hmtx.writeInt16BE(bearing, i * 4 + 2);
    });
    const head = Buffer.from(this.source.rawTable('head')!);
    head.writeUInt32BE(0, 8); // checkSumAdjustment: not needed inside a PDF
    head.writeInt16BE(1, 50); // indexToLocFormat: long offsets
    const hhea = Buffer.from(this.source.rawTable('hhea')!);
    hhea.writeUInt16BE(count, 34);
    const maxp = Buffer.from(this.source.rawTable('maxp')!);
    maxp.writeUInt16BE(count, 4);

    const tables: Array<[string, Buffer]> = [
      ['cvt ', this.source.rawTable('cvt ')],
      ['fpgm', this.source.rawTable('fpgm')],
      ['glyf', Buffer.concat(glyphParts, offset)],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
      ['prep', this.source.rawTable('prep')],
    ].filter((entry): entry is [string, Buffer] => entry[1] !== null);
    return writeFontFile(tables);
  }
}

/** An sfnt file from tables sorted by tag. */
function writeFontFile(tables: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach(([tag, data], i) => {
    const record = 12 + i * 16;
    header.write(tag, record, 4, 'latin1');
    header.writeUInt32BE(checksum(data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    parts.push(data);
    const padding = pad4(data.length) - data.length;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    offset += data.length + padding;
  });
  return Buffer.concat(parts, offset);
}
