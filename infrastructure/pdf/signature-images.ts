import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { pngSize } from './png-image';

/** A PNG decoded and split into a colour image and a soft mask, each deflated, ready to embed. */
export interface PreparedImage {
  readonly width: number;
  readonly height: number;
  readonly colorSpace: 'DeviceRGB' | 'DeviceGray';
  readonly color: Buffer;
  readonly alpha: Buffer | null;
}

/** Colour type → (colour channels, has alpha), for the 8-bit, non-interlaced PNGs decoded here. */
const layouts: Readonly<Record<number, { readonly colors: 1 | 3; readonly alpha: boolean }>> = {
  0: { colors: 1, alpha: false },
  2: { colors: 3, alpha: false },
  4: { colors: 1, alpha: true },
  6: { colors: 3, alpha: true },
};

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses the PNG row filters (None, Sub, Up, Average, Paeth), one filter per row. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Uint8Array | null {
  const stride = width * bpp;
  if (data.length < (stride + 1) * height) return null;
  const out = new Uint8Array(stride * height);
  const zero = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const src = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? out.subarray((y - 1) * stride, y * stride) : zero;
    switch (filter) {
      case 0:
        row.set(src);
        break;
      case 1:
        for (let x = 0; x < stride; x++) row[x] = (src[x]! + (x >= bpp ? row[x - bpp]! : 0)) & 0xff;
        break;
      case 2:
        for (let x = 0; x < stride; x++) row[x] = (src[x]! + up[x]!) & 0xff;
        break;
      case 3:
        for (let x = 0; x < stride; x++) row[x] = (src[x]! + (((x >= bpp ? row[x - bpp]! : 0) + up[x]!) >> 1)) & 0xff;
        break;
      case 4:
        for (let x = 0; x < stride; x++) {
          row[x] = (src[x]! + (x >= bpp ? paeth(row[x - bpp]!, up[x]!, up[x - bpp]!) : up[x]!)) & 0xff;
        }
        break;
      default:
        return null;
    }
  }
  return out;
}

/**
 * zlib's default level, as pdfkit uses: on an 840 × 260 touch-panel signature it gives 3.0 kB where the
 * fastest level gave 9.0 kB, for 1.3 ms more (docs/benchmarks.md, 2026-12-03).
 */
const deflate = (data: Uint8Array): Buffer => deflateSync(data);

/**
 * The most image data a signature may inflate to: 64 MiB, fifteen times what the edge accepts today
 * (1800 × 600 RGBA, 4.3 MB), so that a header that lies about its size cannot make the bound meaningless.
 */
const maxImageData = 64 * 1024 * 1024;

/** Decodes an 8-bit non-interlaced grey/RGB PNG with or without alpha; null for anything else. */
function prepare(png: Buffer): PreparedImage | null {
  const size = pngSize(png);
  if (!size) return null;
  const bitDepth = png[24];
  const layout = layouts[png[25]!];
  const interlace = png[28];
  if (bitDepth !== 8 || !layout || interlace !== 0) return null;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = layout.colors + (layout.alpha ? 1 : 0);
  // Exactly what the header promises (a filter byte per row, then the row): a signature stored before the
  // edge checked PNGs cannot inflate past it. More throws (RangeError), and the planner refuses the
  // signature as FORM.SIGNATURE_INVALID; so does a header that promises more than any signature needs.
  const expected = size.height * (1 + size.width * channels);
  if (expected > maxImageData) throw new RangeError(`a signature of ${size.width} × ${size.height} is larger than any signature`);
  const pixels = unfilter(inflateSync(Buffer.concat(idat), { maxOutputLength: expected }), size.width, size.height, channels);
  if (!pixels) return null;
  const colorSpace = layout.colors === 3 ? 'DeviceRGB' : 'DeviceGray';
  if (!layout.alpha) return { ...size, colorSpace, color: deflate(pixels), alpha: null };
  const count = size.width * size.height;
  const color = new Uint8Array(count * layout.colors);
  const alpha = new Uint8Array(count);
  for (let i = 0, p = 0, c = 0; i < count; i++) {
    for (let k = 0; k < layout.colors; k++) color[c++] = pixels[p++]!;
    alpha[i] = pixels[p++]!;
  }
  return { ...size, colorSpace, color: deflate(color), alpha: deflate(alpha) };
}

/**
 * Signature PNGs decoded once and kept by content (a visit's forms, or a reprint, carry the same
 * signature). PNGs this decoder does not take (palette, 16-bit, interlaced) go to pdfkit as they are.
 *
 * Kept for a correctness reason and because measured. Correctness: pdfkit's own PNG path (png-js) inflates
 * a signature with alpha in a zlib callback and throws a damaged PNG's error there, where no caller can
 * catch it: the server process ends (tests/int/pdf/pdfkit-paths.test.ts shows it). Decoding here, while
 * planning, turns it into FORM.SIGNATURE_INVALID. Speed (docs/benchmarks.md, 2026-12-03, "our own code or
 * pdfkit's own path"): signed Hanamaki forms render at three times the pages per CPU second as with
 * `pngDecoder: 'pdfkit'` (130 against 44, one form per PDF; 181 against 59 with four), for the same size.
 */
export class SignatureImageCache {
  private readonly images = new Map<string, PreparedImage | null>();

  constructor(private readonly capacity = 64) {}

  prepared(png: Buffer): PreparedImage | null {
    const key = createHash('sha1').update(png).digest('hex');
    if (this.images.has(key)) {
      const image = this.images.get(key)!;
      this.images.delete(key);
      this.images.set(key, image);
      return image;
    }
    const image = prepare(png);
    if (this.images.size >= this.capacity) this.images.delete(this.images.keys().next().value!);
    this.images.set(key, image);
    return image;
  }
}
