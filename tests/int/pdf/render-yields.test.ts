import { PdfkitFormRenderer } from '../../../infrastructure/pdf/pdfkit-form-renderer';
import { hanamakiDocument, hanamakiTemplates } from '../../support/fixtures/form-templates/hanamaki-samples';
import { cleanUp, poppler, save } from './poppler-readback';

jest.setTimeout(60_000);
afterAll(cleanUp);

/** A visit's PDF is drawn one page at a time, with the event loop free in between. */
describe('PdfkitFormRenderer shares the event loop while it prints', () => {
  const renderer = new PdfkitFormRenderer();
  const documents = hanamakiTemplates.slice(0, 8).map((template, seed) => hanamakiDocument(template, seed));

  it('lets other work run between the pages of one long print', async () => {
    let turns = 0;
    let printing = true;
    const tick = () => {
      if (!printing) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const result = await renderer.renderWithReport(documents);
    printing = false;
    expect(result.pageCount).toBeGreaterThanOrEqual(documents.length);
    // At least one turn of other work per page drawn and per document planned.
    expect(turns).toBeGreaterThanOrEqual(result.pageCount);
  });

  it('prints two visits at once, each whole and right', async () => {
    const [a, b] = await Promise.all([renderer.render(documents.slice(0, 4)), renderer.render(documents.slice(4, 8))]);
    const [textA, textB] = [poppler('pdftotext', save(a), '-'), poppler('pdftotext', save(b), '-')];
    for (const document of documents.slice(0, 4)) expect(textA).toContain(document.template.name.slice(0, 4));
    for (const document of documents.slice(4, 8)) expect(textB).toContain(document.template.name.slice(0, 4));
  });
});
