import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Box } from '../../../domain/form/form-template.types';

/**
 * Reads PDFs back with poppler-utils (Debian package poppler-utils): pdftotext (text, word boxes),
 * pdffonts, pdfinfo, pdftoppm (rasters). Files go to a temporary folder removed by `cleanUp`.
 */
const work = mkdtempSync(join(tmpdir(), 'madoguchi-pdf-'));
export const cleanUp = (): void => rmSync(work, { recursive: true, force: true });

let fileCount = 0;
export function save(pdf: Buffer): string {
  const path = join(work, `form-${++fileCount}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

export const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Words with their boxes in points from the top-left corner (pdftotext -bbox-layout). */
export function words(path: string): Word[] {
  const html = poppler('pdftotext', '-bbox-layout', path, '-');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

export interface FontRow {
  readonly name: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

export function fonts(path: string): FontRow[] {
  return poppler('pdffonts', path)
    .split('\n')
    .slice(2)
    .map((line) => /^(\S+)\s+.+?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1]!, embedded: m[2] === 'yes', subset: m[3] === 'yes', unicode: m[4] === 'yes' }));
}

/** A region of page 1 rasterised (PPM), as RGBA pixels. */
export function raster(path: string, dpi: number, box: Box): { data: Uint8ClampedArray; width: number; height: number } {
  const scale = dpi / 25.4;
  const prefix = join(work, `raster-${++fileCount}`);
  const region = [box.x, box.y, box.width, box.height].map((mm) => String(Math.round(mm * scale)));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-x', region[0]!, '-y', region[1]!, '-W', region[2]!, '-H', region[3]!, path, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data.set([pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!, 255], i * 4);
  }
  return { data, width, height };
}
