import { fork } from 'node:child_process';
import type { RenderDocument } from '../../application/form/form-renderer.port';
import type { FontSubsetter } from '../../infrastructure/pdf/font-face';
import { PdfkitFormRenderer, type PdfkitFormRendererOptions } from '../../infrastructure/pdf/pdfkit-form-renderer';
import { hanamakiDocument, hanamakiTemplates } from '../support/fixtures/form-templates/hanamaki-samples';
import { percentile, round } from './event-store.bench';

/**
 * Our own code against pdfkit's own path, piece by piece: font subsets by truetype-subset.ts or by fontkit
 * (pdfkit's default), signature PNGs decoded by signature-images.ts or by pdfkit (png-js). Every row runs in
 * a fresh process, so that its RSS is its own.
 */
export interface PdfPathConfig {
  readonly fontSubsetter: FontSubsetter;
  readonly pngDecoder: NonNullable<PdfkitFormRendererOptions['pngDecoder']>;
  /** Forms per PDF: 1 (one form printed), or a visit's several forms printed at once into one PDF. */
  readonly formsPerPdf: number;
}

export interface PdfPathResult extends PdfPathConfig {
  readonly renders: number;
  readonly pages: number;
  readonly pagesPerSecond: number;
  readonly pagesPerCpuSecond: number;
  readonly p50MsPerPage: number;
  readonly p99MsPerPage: number;
  readonly bytesPerPage: number;
  /** Resident set after the warm-up (fonts parsed, caches filled), MB. */
  readonly rssWarmMb: number;
  /** Peak resident set of the process over the whole run, MB. */
  readonly rssPeakMb: number;
}

/** Each of Hanamaki's 62 templates, for 8 different people: long data, every signature field signed. */
function documents(): RenderDocument[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) => hanamakiTemplates.map((template) => hanamakiDocument(template, seed)));
}

async function measure(config: PdfPathConfig, seconds: number): Promise<PdfPathResult> {
  const renderer = new PdfkitFormRenderer({ fontSubsetter: config.fontSubsetter, pngDecoder: config.pngDecoder });
  const all = documents();
  const batch = (i: number) => Array.from({ length: config.formsPerPdf }, (_, k) => all[(i * config.formsPerPdf + k) % all.length]!);
  // Warm-up: every template laid out once, fonts (IPAmj included) parsed, JIT warm.
  for (let i = 0; i < Math.ceil(all.length / 4 / config.formsPerPdf); i++) await renderer.renderWithReport(batch(i));
  const rssWarm = process.memoryUsage().rss;
  const perPage: number[] = [];
  let pages = 0;
  let bytes = 0;
  let renders = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    const t0 = performance.now();
    const result = await renderer.renderWithReport(batch(renders));
    perPage.push((performance.now() - t0) / result.pageCount);
    pages += result.pageCount;
    bytes += result.pdf.length;
    renders++;
  }
  const total = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  perPage.sort((a, b) => a - b);
  return {
    ...config,
    renders,
    pages,
    pagesPerSecond: Math.round(pages / total),
    pagesPerCpuSecond: Math.round(pages / ((cpu.user + cpu.system) / 1e6)),
    p50MsPerPage: round(percentile(perPage, 50)),
    p99MsPerPage: round(percentile(perPage, 99)),
    bytesPerPage: Math.round(bytes / pages),
    rssWarmMb: Math.round(rssWarm / 2 ** 20),
    rssPeakMb: Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20),
  };
}

/** One row in a child process of its own (this file, run with --child). */
export function benchPdfPath(config: PdfPathConfig, seconds: number): Promise<PdfPathResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', JSON.stringify({ config, seconds })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: PdfPathResult | undefined;
    child.on('message', (message) => (result = message as PdfPathResult));
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`pdf path benchmark child exited with ${code}`))));
  });
}

/** The four combinations, own code first; `rounds` times each, interleaved, so that a busy moment hits all alike. */
export async function benchPdfPaths(seconds: number, rounds: number, formsPerPdf: number): Promise<PdfPathResult[][]> {
  const configs: PdfPathConfig[] = [
    { fontSubsetter: 'own', pngDecoder: 'own', formsPerPdf },
    { fontSubsetter: 'fontkit', pngDecoder: 'own', formsPerPdf },
    { fontSubsetter: 'own', pngDecoder: 'pdfkit', formsPerPdf },
    { fontSubsetter: 'fontkit', pngDecoder: 'pdfkit', formsPerPdf },
  ];
  const results: PdfPathResult[][] = configs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, config] of configs.entries()) results[i]!.push(await benchPdfPath(config, seconds));
  }
  return results;
}

if (process.argv[2] === '--child' && process.send) {
  const { config, seconds } = JSON.parse(process.argv[3] ?? '{}') as { config: PdfPathConfig; seconds: number };
  measure(config, seconds)
    .then((result) => process.send!(result, () => process.exit(0)))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
