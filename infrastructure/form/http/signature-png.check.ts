import { promisify } from 'node:util';
import { crc32, inflate } from 'node:zlib';
import { HttpProblem } from '../../http/http-problem';

const inflateAsync = promisify(inflate);

/** The signature pad draws 900 × 300; twice that covers a high-density screen. 700 kB in base64 fits the route's 1 MiB. */
export const signatureLimits = { maxWidth: 1800, maxHeight: 600, maxBytes: 700_000 } as const;

const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colour type → samples per pixel, for the 8-bit PNGs a canvas produces. */
const channels: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

const refused = (detail: string) => new HttpProblem(422, 'FORM.INVALID_SIGNATURE', `署名の画像を受け付けられません: ${detail}`);

export interface CheckedSignature {
  readonly base64: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Checks a signature before it is recorded: base64 of a real, 8-bit, non-interlaced PNG, every chunk's CRC
 * right, within the size limits, and its image data inflating to exactly the size its header says (capped,
 * inflated off the event loop). A decompression bomb or a broken file is refused with nothing recorded.
 */
export async function checkSignaturePng(input: string): Promise<CheckedSignature> {
  const base64 = input.replace(/^data:image\/png;base64,/, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) throw refused('base64 の形式が正しくありません。');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > signatureLimits.maxBytes) throw refused('ファイルが大きすぎます。');
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(pngMagic)) throw refused('PNG 画像ではありません。');
  let offset = 8;
  let header: { width: number; height: number; samples: number } | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset + 12 <= bytes.length && !ended) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > bytes.length) throw refused('PNG のデータが途中で切れています。');
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length)) throw refused('PNG のデータが壊れています。');
    if (!header && type !== 'IHDR') throw refused('PNG の見出し（IHDR）がありません。');
    if (type === 'IHDR') header = readHeader(body);
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!header || !ended || data.length === 0) throw refused('PNG のデータが不完全です。');
  const expected = header.height * (1 + header.width * header.samples);
  let inflated: Buffer;
  try {
    inflated = await inflateAsync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    throw refused('画像データを展開できないか、見出しより大きすぎます。');
  }
  if (inflated.length !== expected) throw refused('画像データの大きさが見出しと合いません。');
  return { base64, width: header.width, height: header.height };
}

function readHeader(body: Buffer): { width: number; height: number; samples: number } {
  if (body.length !== 13) throw refused('PNG の見出しが正しくありません。');
  const width = body.readUInt32BE(0);
  const height = body.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = [body[8]!, body[9]!, body[10]!, body[11]!, body[12]!];
  if (width < 1 || height < 1 || width > signatureLimits.maxWidth || height > signatureLimits.maxHeight) {
    throw refused(`大きさは ${signatureLimits.maxWidth} × ${signatureLimits.maxHeight} 画素までです。`);
  }
  const samples = channels[colorType];
  if (bitDepth !== 8 || samples === undefined || interlace !== 0) throw refused('8 ビット・インターレースなしの PNG にしてください。');
  return { width, height, samples };
}
