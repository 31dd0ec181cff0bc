import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { FormRenderError, type RenderDocument, type RenderValue } from '../../../application/form/form-renderer.port';
import type { Box, FieldDefinition, FormTemplateContent } from '../../../domain/form/form-template.types';
import { validateFormTemplate } from '../../../domain/form/form-template.validation';
import { FontRegistry } from '../../../infrastructure/pdf/font-registry';
import { FormDocumentPlanner } from '../../../infrastructure/pdf/form-document.planner';
import { boxToPoints, pointsPerMillimetre } from '../../../infrastructure/pdf/page-geometry';
import { PdfkitFormRenderer } from '../../../infrastructure/pdf/pdfkit-form-renderer';
import { QrSymbolCache } from '../../../infrastructure/pdf/qr-symbols';
import { SignatureImageCache } from '../../../infrastructure/pdf/signature-images';
import { denseForm, denseFormDocument, signaturePng, testForm, testFormDocument } from '../../support/fixtures/form-templates/form-samples';
import { pngOf } from '../../support/png-chunks';
import { cleanUp, fonts, poppler, raster, save, words, type Word } from './poppler-readback';

afterAll(cleanUp);

/** Every word of `value` is found, horizontally inside the box and vertically centred in it. */
function expectInside(all: readonly Word[], value: string, box: Box): void {
  const rect = boxToPoints(box);
  for (const part of value.split(/\s+/)) {
    const word = all.find((w) => w.text === part);
    expect(word).toBeDefined();
    const middle = (word!.yMin + word!.yMax) / 2;
    expect(word!.xMin).toBeGreaterThanOrEqual(rect.x - 0.5);
    expect(word!.xMax).toBeLessThanOrEqual(rect.x + rect.width + 0.5);
    expect(middle).toBeGreaterThan(rect.y);
    expect(middle).toBeLessThan(rect.y + rect.height);
  }
}

const boxOf = (template: FormTemplateContent, fieldId: string): Box => {
  for (const page of template.pages) {
    for (const element of page.elements) if (element.kind === 'field' && element.fieldId === fieldId) return element.box;
  }
  throw new Error(`no box for ${fieldId}`);
};

/** A plausible value for any field of a real template (comb fields get as many digits as cells). */
function sampleValue(field: FieldDefinition, comb: number | undefined): RenderValue {
  if (comb) return '1234567890123'.slice(0, comb);
  switch (field.type) {
    case 'checkbox': return true;
    case 'date': return '令和8年11月24日';
    case 'choice': return field.choices?.[0]?.value ?? null;
    case 'postal-code': return '025-8601';
    case 'phone': return '0198-24-2111';
    case 'number': return '2';
    case 'kana': return 'たかはし　よしこ';
    case 'multiline': return '転入に伴う手続き。\n書類は後日郵送。';
    case 'signature': return null;
    default:
      if (/氏名|名前|世帯主|代表者/.test(field.label)) return '髙橋 𠮷子';
      if (/住所|所在地/.test(field.label)) return '岩手県花巻市花城町9番30号 﨑山ハイツ101号室';
      if (/続柄/.test(field.label)) return '子';
      return '記入例';
  }
}

const registry = FontRegistry.shared();
const ipamjPresent = registry.availability().ipamjMincho;
// IPAmj Mincho (Debian fonts-ipamj-mincho) is not installed here: its MJ/IVS assertions cannot run.
const withIpamj = ipamjPresent ? it : it.skip;

const renderer = new PdfkitFormRenderer();
const planner = new FormDocumentPlanner(registry, new QrSymbolCache(), new SignatureImageCache());

describe('PdfkitFormRenderer: form templates to PDF', () => {
  it('the fixture templates are valid templates', () => {
    expect(validateFormTemplate(testForm)).toEqual([]);
    expect(validateFormTemplate(denseForm)).toEqual([]);
  });

  it('prints each value inside its own box, and the Japanese reads back as text', async () => {
    const document = testFormDocument(0, { name: '髙橋 𠮷子', address: '岩手県花巻市花城町9番30号 﨑山ハイツ101号室', notified_on: '令和8年11月24日', birth_date: '平成元年1月8日' });
    const { pdf, warnings } = await renderer.renderWithReport([document]);
    const path = save(pdf);
    const text = poppler('pdftotext', '-layout', path, '-');
    for (const expected of ['住民異動届（試験用）', '髙橋', '𠮷子', '﨑山ハイツ101号室', '令和8年11月24日', '平成元年1月8日', '本人確認書類（マイナンバーカード）を確認した']) {
      expect(text).toContain(expected);
    }
    const all = words(path);
    expectInside(all, '髙橋 𠮷子', boxOf(testForm, 'name'));
    expectInside(all, '岩手県花巻市花城町9番30号 﨑山ハイツ101号室', boxOf(testForm, 'address'));
    expectInside(all, '令和8年11月24日', boxOf(testForm, 'notified_on'));
    expectInside(all, '平成元年1月8日', boxOf(testForm, 'birth_date'));
    expect(warnings).toEqual([]);
  });

  it('lays out in millimetres on an A4 page (1 mm = 72/25.4 pt)', async () => {
    expect(pointsPerMillimetre).toBeCloseTo(2.834646, 5);
    const info = poppler('pdfinfo', save(await renderer.render([testFormDocument(1)])));
    expect(info).toMatch(/Page size:\s+595\.27\d* x 841\.8\d* pts \(A4\)/);
  });

  it('embeds every font as a subset with a Unicode map', async () => {
    const rows = fonts(save(await renderer.render([testFormDocument(2)])));
    expect(rows.map((row) => row.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansJP-Regular', 'NotoSerifJP-Bold', 'NotoSerifJP-Regular']);
    for (const row of rows) expect(row).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it("carries the form's QR payload, which decodes from a 150 dpi raster", async () => {
    const document = testFormDocument(3);
    const qrBox = testForm.pages[0]!.elements.find((element) => element.kind === 'qr')!;
    const image = raster(save(await renderer.render([document])), 150, (qrBox as { box: Box }).box);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(document.qrPayload);
  });

  it('prints 𠮷, 髙 and 﨑 with real glyphs (Noto has them), never an empty box', async () => {
    const fallback = registry.fallback('mincho', false);
    for (const char of ['𠮷', '髙', '﨑']) {
      const faced = fallback.resolve(char);
      expect(faced.face.key).toBe('mincho');
      expect(faced.face.glyph(char).id).not.toBe(0);
      expect(faced.issue).toBeUndefined();
    }
    const { pdf, warnings } = await renderer.renderWithReport([testFormDocument(4, { name: '𠮷田 髙﨑' })]);
    expect(warnings).toEqual([]);
    expect(poppler('pdftotext', save(pdf), '-')).toContain('𠮷田 髙﨑');
  });

  withIpamj('prints 辻 with U+E0102 as the one-dot variant from IPAmj Mincho, and MJ-only characters from IPAmj', async () => {
    const faced = registry.fallback('mincho', false).resolve('辻\u{E0102}');
    expect(faced.face.key).toBe('ipamj');
    expect(faced.face.glyph('辻\u{E0102}').id).not.toBe(faced.face.glyph('辻').id);
    expect(registry.fallback('gothic', false).resolve('㐀').face.key).toBe('ipamj');

    const tsuji = await renderer.renderWithReport([testFormDocument(5, { name: '辻\u{E0102} 㐀子' })]);
    expect(tsuji.warnings).toEqual([]);
    const path = save(tsuji.pdf);
    expect(fonts(path).some((row) => row.name.endsWith('+IPAmjMincho') && row.embedded && row.subset)).toBe(true);
    expect(poppler('pdftotext', path, '-')).toContain('㐀子');

    // The variant is really drawn: the name box differs from the same name printed with the plain 辻.
    const plain = save((await renderer.renderWithReport([testFormDocument(5, { name: '辻 㐀子' })])).pdf);
    const nameBox = { ...boxOf(testForm, 'name'), width: 20 };
    const [a, b] = [raster(path, 300, nameBox), raster(plain, 300, nameBox)];
    let differing = 0;
    for (let i = 0; i < a.data.length; i += 4) if (Math.abs(a.data[i]! - b.data[i]!) > 64) differing++;
    expect(differing).toBeGreaterThan(20);
  });

  it('takes a variation sequence that Noto knows (Adobe-Japan1: 辻 + U+E0100) from Noto, with its own glyph', () => {
    const faced = registry.fallback('mincho', false).resolve('辻\u{E0100}');
    expect(faced.face.key).toBe('mincho');
    expect(faced.face.variation(0x8fbb, 0xe0100)).toBe('variant');
    // fontkit 2.0.4 alone returns the plain glyph here (font-face.ts corrects its lookup).
    expect(faced.face.glyph('辻\u{E0100}').id).not.toBe(faced.face.glyph('辻').id);
  });

  it('prints 〓 for a character no font has, and reports it', async () => {
    const { pdf, warnings } = await renderer.renderWithReport([testFormDocument(6, { name: '花巻 \u{30000}子' })]);
    expect(poppler('pdftotext', save(pdf), '-')).toContain('花巻 〓子');
    expect(warnings).toEqual([
      {
        code: 'FORM.GLYPH_MISSING',
        templateId: 'test-form',
        fieldId: 'name',
        codePoints: 'U+30000',
        message: '様式『住民異動届』の項目『氏名』の文字 U+30000 はどのフォントにもないため「〓」で印刷しました',
      },
    ]);
  });

  it('prints the base form and reports it when no font has the requested variation', async () => {
    const { warnings } = await renderer.renderWithReport([testFormDocument(7, { head_name: '辻\u{E01EE} 太郎' })]);
    expect(warnings).toMatchObject([{ code: 'FORM.VARIATION_MISSING', fieldId: 'head_name', codePoints: 'U+8FBB U+E01EE' }]);
  });

  it("renders a visit's several forms into ONE PDF, pages in order and each in its template's paper", async () => {
    const a3 = { ...testForm, id: 'test-form-a3', paper: { size: 'A3', orientation: 'landscape' } } as const;
    const documents: RenderDocument[] = [testFormDocument(8), denseFormDocument(9), { ...testFormDocument(10), template: a3 }];
    const { pdf, pageCount } = await renderer.renderWithReport(documents);
    expect(pageCount).toBe(4);
    const info = poppler('pdfinfo', '-f', '1', '-l', '4', save(pdf));
    expect(info).toMatch(/Pages:\s+4/);
    expect(info).toMatch(/Page\s+3 size:\s+595\.27\d* x 841\.8\d* pts/);
    expect(info).toMatch(/Page\s+4 size:\s+1190\.55\d* x 841\.8\d* pts/);
  });

  it('refuses a name that does not fit its box even at 6 pt, naming the template and the item', async () => {
    const tooLong = testFormDocument(11, { name: '花巻'.repeat(200) });
    const error = await renderer.render([tooLong]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormRenderError);
    expect(error).toMatchObject({ code: 'FORM.TEXT_OVERFLOW', kind: 'invalid', fieldId: 'name', templateId: 'test-form' });
    expect((error as Error).message).toBe('様式『住民異動届』の項目『氏名』が枠に収まりません（最小 6pt）');
  });

  it('refuses more characters than a comb has cells', async () => {
    await expect(renderer.render([testFormDocument(12, { postal_code: '02586011' })])).rejects.toMatchObject({ code: 'FORM.TEXT_OVERFLOW', fieldId: 'postal_code' });
  });

  it('refuses a signature that is not a PNG', async () => {
    const document = { ...testFormDocument(13), signatures: { signature: { png: Buffer.from('GIF89a not a png') } } };
    await expect(renderer.render([document])).rejects.toMatchObject({ code: 'FORM.SIGNATURE_INVALID', fieldId: 'signature' });
  });

  it('refuses a signature whose image data inflates past the size its PNG header says, naming the item', async () => {
    const bomb = pngOf(400, 100, 0, Buffer.alloc(32 * 1024 * 1024));
    const document = { ...testFormDocument(13), signatures: { signature: { png: bomb } } };
    const error = await renderer.render([document]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FORM.SIGNATURE_INVALID', fieldId: 'signature' });
    expect((error as Error).message).toContain('を読み取れません（PNG が壊れています）');
  });

  it('shrinks a long name on its one line, and wraps a long address in a box drawn for two lines', () => {
    const name = '八重樫 長右衛門之助左衛門太郎兵衛守之介源左衛門義経弁慶';
    const address = '岩手県花巻市大迫町大迫第2地割33番地1 花巻市大迫総合支所前ハイツ2号棟305号室（ひまわり荘）';
    const ops = planner.plan(testFormDocument(14, { name, address })).pages[0]!.ops.flatMap((op) => (op.kind === 'text' ? [op] : []));
    const inBox = (box: Box) => {
      const rect = boxToPoints(box);
      return ops.filter((op) => op.baseline > rect.y && op.baseline < rect.y + rect.height && op.x >= rect.x && op.x < rect.x + rect.width);
    };
    const nameOps = inBox(boxOf(testForm, 'name'));
    expect(nameOps.map((op) => op.text).join('')).toBe(name);
    expect(new Set(nameOps.map((op) => op.baseline)).size).toBe(1);
    expect(nameOps[0]!.size).toBeLessThan(16);
    expect(nameOps[0]!.size).toBeGreaterThanOrEqual(6);
    const addressOps = inBox(boxOf(testForm, 'address'));
    expect(addressOps.map((op) => op.text).join('')).toBe(address);
    expect(new Set(addressOps.map((op) => op.baseline)).size).toBe(2);
    expect(addressOps[0]!.size).toBe(11);
  });

  it('writes vertical text top to bottom in one column, with the vertical forms of ー and brackets', () => {
    const plan = planner.plan(testFormDocument(15));
    const column = plan.pages[0]!.ops.filter((op) => op.kind === 'text' && op.vertical && op.face.key === 'mincho' && op.x < boxToPoints({ x: 30, y: 0, width: 0, height: 0 }).x);
    expect(column.map((op) => (op.kind === 'text' ? op.text : ''))).toEqual(['届', '出', '人', '（', 'ー', '）']);
    const baselines = column.map((op) => (op.kind === 'text' ? op.baseline : 0));
    expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
    const mincho = registry.primary('mincho', false);
    for (const char of ['ー', '（', '）', '「', '。']) expect(mincho.verticalGlyph(char).id).not.toBe(mincho.glyph(char).id);
    expect(mincho.verticalGlyph('届').id).toBe(mincho.glyph('届').id);
  });

  it("fits a signature into its box keeping the image's aspect ratio", () => {
    const plan = planner.plan(testFormDocument(16));
    const image = plan.pages[0]!.ops.find((op) => op.kind === 'image');
    const box = boxToPoints(testForm.pages[0]!.elements.flatMap((e) => (e.kind === 'signature' ? [e.box] : []))[0]!);
    if (image?.kind !== 'image') throw new Error('no signature drawn');
    expect(image.rect.width / image.rect.height).toBeCloseTo(4, 5); // the PNG is 400 × 100
    expect(Math.max(image.rect.width / box.width, image.rect.height / box.height)).toBeCloseTo(1, 5);
    expect(image.rect.x).toBeGreaterThanOrEqual(box.x);
    expect(image.rect.y).toBeGreaterThanOrEqual(box.y);
    expect(image.rect.x + image.rect.width).toBeLessThanOrEqual(box.x + box.width + 1e-6);
    expect(image.rect.y + image.rect.height).toBeLessThanOrEqual(box.y + box.height + 1e-6);
  });

  it("prints every one of Hanamaki's templates with plausible values, one PDF, no overflow and no substitution", async () => {
    const dir = join(__dirname, '../../../infrastructure/city/cities/hanamaki/forms');
    const templates = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FormTemplateContent);
    expect(templates.length).toBeGreaterThan(0);
    const documents = templates.map((template): RenderDocument => {
      const combs = new Map(template.pages.flatMap((page) => page.elements.flatMap((e) => (e.kind === 'field' && e.comb ? [[e.fieldId, e.comb] as const] : []))));
      return {
        template,
        values: Object.fromEntries(template.fields.map((field) => [field.id, sampleValue(field, combs.get(field.id))])),
        signatures: Object.fromEntries(template.fields.filter((field) => field.type === 'signature').map((field) => [field.id, { png: signaturePng() }])),
        qrPayload: `MDG1:form:${template.id}:v1`,
      };
    });
    const { pageCount, warnings } = await renderer.renderWithReport(documents);
    expect(pageCount).toBe(templates.reduce((sum, template) => sum + template.pages.length, 0));
    expect(warnings).toEqual([]);
  });

  it('says which fonts it found, IPAmj included', () => {
    expect(renderer.fonts()).toMatchObject({ gothic: true, gothicBold: true, mincho: true, minchoBold: true, ipamjMincho: ipamjPresent });
  });
});
