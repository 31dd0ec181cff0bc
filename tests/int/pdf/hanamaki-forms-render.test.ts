import { PdfkitFormRenderer } from '../../../infrastructure/pdf/pdfkit-form-renderer';
import { hanamakiDocument, hanamakiTemplates } from '../../support/fixtures/form-templates/hanamaki-samples';

jest.setTimeout(120_000);

describe("Hanamaki's form templates rendered with long realistic data", () => {
  const renderer = new PdfkitFormRenderer();

  it.each(hanamakiTemplates.map((t) => [t.id, t] as const))('%s fits every value into its box and prints every character', async (_id, template) => {
    const result = await renderer.renderWithReport([hanamakiDocument(template)]);
    expect(result.pageCount).toBe(template.pages.length);
    expect(result.warnings.filter((w) => w.code === 'FORM.GLYPH_MISSING')).toEqual([]);
  });
});
