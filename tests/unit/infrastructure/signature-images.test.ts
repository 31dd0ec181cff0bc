import { SignatureImageCache } from '../../../infrastructure/pdf/signature-images';
import { pngOf } from '../../support/png-chunks';

describe('signature images for the PDF', () => {
  it('decodes a PNG whose image data is exactly the size its header says', () => {
    // 2 × 2 grey with alpha: each row is a filter byte (0) and 2 × 2 samples.
    const png = pngOf(2, 2, 4, Buffer.from([0, 10, 255, 20, 128, 0, 30, 64, 40, 0]));
    const image = new SignatureImageCache().prepared(png);
    expect(image).toMatchObject({ width: 2, height: 2, colorSpace: 'DeviceGray' });
  });

  it('refuses to inflate image data past the size its header says (a signature stored before the edge checked PNGs)', () => {
    // Says 2 × 2 grey (6 bytes of image data) but inflates to 64 MiB: a decompression bomb of 64 kB.
    const bomb = pngOf(2, 2, 0, Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => new SignatureImageCache().prepared(bomb)).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
  });

  it('refuses, before inflating anything, a header that promises more than any signature needs', () => {
    const huge = pngOf(100_000, 100_000, 6, Buffer.alloc(16));
    expect(() => new SignatureImageCache().prepared(huge)).toThrow('a signature of 100000 × 100000 is larger than any signature');
  });
});
