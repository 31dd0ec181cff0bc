import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import PDFDocument from 'pdfkit';
import { toBuffer as qrPng } from 'qrcode';
import type { RenderDocument } from '../../application/form/form-renderer.port';
import { locateFontFiles } from '../../infrastructure/pdf/font-files';
import { FontRegistry } from '../../infrastructure/pdf/font-registry';
import { boxToPoints, pageSizeInPoints } from '../../infrastructure/pdf/page-geometry';
import { PdfkitFormRenderer } from '../../infrastructure/pdf/pdfkit-form-renderer';
import { denseFormDocument, testFormDocument } from '../support/fixtures/form-templates/form-samples';
import { percentile, round } from './event-store.bench';

export type BenchForm = 'typical' | 'dense';
/**
 * madoguchi: the renderer as shipped (per-character fallback Noto → Noto → IPAmj, cached layout, own subsetter);
 * no-ipamj: the same with IPAmj absent (fallback over the two Noto families only);
 * plain-pdfkit: the obvious pdfkit code for comparison: one font (Noto Sans JP, parsed once), pdfkit's own
 * shaping, wrapping and subsetting, shrink by re-measuring, QR and signature as PNG images, no vertical text.
 */
export type BenchApproach = 'madoguchi' | 'no-ipamj' | 'plain-pdfkit';

export interface PdfRenderBenchResult {
  readonly approach: BenchApproach;
  readonly form: BenchForm;
  readonly renders: number;
  readonly pages: number;
  readonly pagesPerSecond: number;
  /** Pages per second of CPU time (user + system) of this process: the rate of one core even on a busy machine. */
  readonly pagesPerCpuSecond: number;
  readonly p50MsPerPage: number;
  readonly p99MsPerPage: number;
  readonly bytesPerPage: number;
}

type Render = (document: RenderDocument) => Promise<{ pdf: Buffer; pageCount: number }>;

const makers: Readonly<Record<BenchForm, (seed: number) => RenderDocument>> = { typical: testFormDocument, dense: denseFormDocument };

function renderFor(approach: BenchApproach): Render {
  if (approach === 'plain-pdfkit') return plainPdfkitRender();
  const files = locateFontFiles();
  const fonts = approach === 'no-ipamj' ? new FontRegistry({ ...files, ipamj: { ...files.ipamj, present: false } }) : FontRegistry.shared();
  const renderer = new PdfkitFormRenderer({ fonts });
  return (document) => renderer.renderWithReport([document]);
}

/**
 * Sequential renders of one form in this process (one core), fonts warm, a different person each time
 * (names, addresses, dates, QR payload and signature image), for `seconds`.
 */
export async function benchPdfRender(form: BenchForm, seconds: number, approach: BenchApproach = 'madoguchi'): Promise<PdfRenderBenchResult> {
  const render = renderFor(approach);
  const documents = Array.from({ length: 512 }, (_, seed) => makers[form](seed));
  for (let i = 0; i < 50; i++) await render(documents[i]!);
  const perPage: number[] = [];
  let pages = 0;
  let bytes = 0;
  let renders = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    const t0 = performance.now();
    const result = await render(documents[renders % documents.length]!);
    perPage.push((performance.now() - t0) / result.pageCount);
    pages += result.pageCount;
    bytes += result.pdf.length;
    renders++;
  }
  const total = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  perPage.sort((a, b) => a - b);
  return {
    approach,
    form,
    renders,
    pages,
    pagesPerSecond: Math.round(pages / total),
    pagesPerCpuSecond: Math.round(pages / ((cpu.user + cpu.system) / 1e6)),
    p50MsPerPage: round(percentile(perPage, 50)),
    p99MsPerPage: round(percentile(perPage, 99)),
    bytesPerPage: Math.round(bytes / pages),
  };
}

/** The comparison: what straightforward pdfkit code does with the same templates. */
function plainPdfkitRender(): Render {
  const font = create(readFileSync(locateFontFiles().gothic.path));
  return async (document) => {
    const doc = new PDFDocument({ autoFirstPage: false, lang: 'ja-JP' });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
    });
    doc.registerFont('gothic', font as unknown as PDFKit.Mixins.PDFFontSource);
    const { template, values } = document;
    const size = pageSizeInPoints(template.paper.size, template.paper.orientation);
    for (const page of template.pages) {
      doc.addPage({ size: [size.width, size.height], margin: 0 });
      for (const element of page.elements) {
        if (element.kind === 'rect' || element.kind === 'line') continue; // same cost either way
        const box = boxToPoints(element.box);
        if (element.kind === 'qr') {
          const side = Math.min(box.width, box.height);
          doc.image(await qrPng(document.qrPayload, { errorCorrectionLevel: 'M', margin: 4, scale: 4 }), box.x, box.y, { fit: [side, side] });
        } else if (element.kind === 'signature') {
          const png = document.signatures[element.fieldId]?.png;
          if (png) doc.image(png, box.x, box.y, { fit: [box.width, box.height], align: 'center', valign: 'center' });
        } else if (element.kind === 'check') {
          const value = values[element.fieldId];
          if (element.value !== undefined ? value === element.value : value === true) doc.font('gothic', box.height).text('✓', box.x, box.y, { lineBreak: false });
        } else {
          const text = element.kind === 'text' ? element.text : values[element.fieldId];
          if (typeof text !== 'string' || text === '') continue;
          let fontSize = element.size ?? 10.5;
          doc.font('gothic', fontSize);
          while (fontSize > 6 && doc.heightOfString(text, { width: box.width }) > box.height) doc.fontSize((fontSize -= 0.5));
          doc.text(text, box.x, box.y, { width: box.width, height: box.height, align: element.align ?? 'left', ...('comb' in element && element.comb ? { characterSpacing: box.width / element.comb - fontSize } : {}) });
        }
      }
    }
    doc.end();
    return { pdf: await done, pageCount: template.pages.length };
  };
}
