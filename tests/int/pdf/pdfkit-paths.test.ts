import { spawnSync } from 'node:child_process';
import { PdfkitFormRenderer } from '../../../infrastructure/pdf/pdfkit-form-renderer';
import { signaturePng, testFormDocument } from '../../support/fixtures/form-templates/form-samples';
import { hanamakiDocument, hanamakiTemplates } from '../../support/fixtures/form-templates/hanamaki-samples';
import { cleanUp, poppler, raster, save } from './poppler-readback';

jest.setTimeout(60_000);
afterAll(cleanUp);

/** A signature PNG with a valid header whose compressed image data is damaged (inflate fails). */
function corruptSignature(): Buffer {
  const png = Buffer.from(signaturePng(400, 100, 1));
  const idatData = 8 + 25 + 8; // signature, IHDR chunk, IDAT length and type
  for (let i = idatData + 10; i < idatData + 60; i++) png[i]! ^= 0x5a;
  return png;
}

/**
 * The renderer's switches between our own code and pdfkit's own path (benchmarked in docs/benchmarks.md):
 * both paths print the same pages; the reasons for keeping our code are checked here, not assumed.
 */
describe("PdfkitFormRenderer: our subsetter and PNG decoder against pdfkit's own path", () => {
  const own = new PdfkitFormRenderer();
  const library = new PdfkitFormRenderer({ fontSubsetter: 'fontkit', pngDecoder: 'pdfkit' });
  /** 婚姻届 (A3, four signatures), 住民異動届 and 国保資格届 (the household's names: 辻 + U+E0102 from IPAmj, 𠮷, 髙, 﨑). */
  const forms = [
    ['konin-todoke', '婚姻届'],
    ['jumin-ido-todoke', '辻\u{E0102}'],
    ['kokuho-shikaku-todoke', '辻\u{E0102}'],
  ] as const;

  it.each(forms)('%s prints pixel for pixel the same either way (text, variation sequences, fallback glyphs, signatures)', async (id, printed) => {
    const template = hanamakiTemplates.find((t) => t.id === id)!;
    const document = hanamakiDocument(template, 6); // seed 6: the family name is 辻 + U+E0102
    const [mine, theirs] = await Promise.all([own.render([document]), library.render([document])]);
    const page = template.paper.size === 'A3' ? { x: 0, y: 0, width: 420, height: 297 } : template.paper.orientation === 'landscape' ? { x: 0, y: 0, width: 297, height: 210 } : { x: 0, y: 0, width: 210, height: 297 };
    const [a, b] = [save(mine), save(theirs)];
    expect(poppler('pdftotext', a, '-')).toContain(printed);
    expect(poppler('pdftotext', a, '-')).toBe(poppler('pdftotext', b, '-'));
    expect(Buffer.from(raster(a, 100, page).data).equals(Buffer.from(raster(b, 100, page).data))).toBe(true);
  });

  it('refuses a signature whose PNG data is damaged, before anything is written, and the process carries on', async () => {
    const document = { ...testFormDocument(1), signatures: { signature: { png: corruptSignature() } } };
    await expect(own.render([document])).rejects.toMatchObject({ code: 'FORM.SIGNATURE_INVALID', fieldId: 'signature' });
  });

  it("keeps our PNG decoder for a reason: pdfkit's own PNG path throws a damaged signature's error where no caller can catch it, ending the process", () => {
    // Plain pdfkit in a child process: png-js inflates in a zlib callback and throws there (pdfkit 0.20.2, png-js 2.0.0).
    const script = `
      const PDFDocument = require('pdfkit');
      const doc = new PDFDocument();
      doc.on('data', () => {});
      try { doc.image(Buffer.from(process.argv[1], 'base64'), 0, 0, { width: 100 }); doc.end(); }
      catch (error) { console.log('caught: ' + error.message); }`;
    const run = spawnSync(process.execPath, ['-e', script, corruptSignature().toString('base64')], { encoding: 'utf8', cwd: process.cwd(), timeout: 30_000 });
    expect(run.stdout).not.toContain('caught');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/invalid|incorrect|Error/i);
  });
});
