import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../../../application/form/render-forms/render-visit-forms.handler';
import { resolveBinding } from '../../../domain/form/binding';
import type { FormDataContext, PersonData } from '../../../domain/form/form-data-context';
import type { FieldDefinition, FormTemplateContent } from '../../../domain/form/form-template.types';
import { PdfkitFormRenderer } from '../../../infrastructure/pdf/pdfkit-form-renderer';

jest.setTimeout(120_000);

const dir = join(__dirname, '../../../infrastructure/city/cities/hanamaki/forms');
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FormTemplateContent);

/** Long but realistic people: the longest names and addresses a form box must hold. */
const person = (name: string, kana: string, birthDate: string, relationship: string): PersonData => ({
  name,
  nameKana: kana,
  birthDate,
  sex: 'female',
  relationship,
  address: '岩手県花巻市石鳥谷町八幡第4地割76番地1 グランドメゾン石鳥谷駅前壱番館1203号室',
  postalCode: '028-3101',
  addressLine: '岩手県花巻市石鳥谷町八幡第4地割76番地1',
  katagaki: 'グランドメゾン石鳥谷駅前壱番館1203号室',
  registeredAddress: '岩手県花巻市石鳥谷町八幡第4地割76番地1 グランドメゾン石鳥谷駅前壱番館1203号室',
  newAddress: '岩手県花巻市石鳥谷町八幡第4地割76番地1 グランドメゾン石鳥谷駅前壱番館1203号室',
  atenaNumber: '1000001011',
});
const head = person('佐々木 由美子', 'ササキ ユミコ', '1975-12-31', '世帯主');
const context: FormDataContext = {
  applicant: head,
  person: person('佐々木 𠮷之助', 'ササキ キチノスケ', '2019-05-01', '子'),
  concerned: [head, person('佐々木 髙志', 'ササキ タカシ', '1973-04-30', '夫'), person('佐々木 﨑子', 'ササキ サキコ', '2008-02-29', '子'), person('佐々木 辻\u{E0102}郎', 'ササキ ツジロウ', '1940-01-01', '母')],
  head,
  household: [head],
  children: [person('佐々木 𠮷之助', 'ササキ キチノスケ', '2019-05-01', '子'), person('佐々木 﨑子', 'ササキ サキコ', '2008-04-02', '子')],
  visit: { date: '2026-11-24', ticketNumber: '128', lifeEvents: ['転入', '出生'] },
  answers: {},
  staff: { name: '八重樫 真由美', department: '石鳥谷総合支所 市民サービス課' },
  office: { name: '石鳥谷総合支所', address: '岩手県花巻市石鳥谷町八幡第4地割76番地', phone: '0198-45-2111' },
  city: { name: '花巻市', mayor: '花巻市長' },
  today: '2026-11-24',
};

/** What a clerk could type into an unbound field: as long as the field allows, in the field's own kind. */
function typed(field: FieldDefinition): string | boolean | null {
  switch (field.type) {
    case 'checkbox':
      return true;
    case 'choice':
      return field.choices?.[field.choices.length - 1]?.value ?? null;
    case 'date':
      return '2026-11-20';
    case 'phone':
      return '0198-45-2111';
    case 'postal-code':
      return '028-3101';
    case 'number':
      return '1234567';
    case 'kana':
      return 'ハナマキ タロウ'.slice(0, field.maxLength ?? 20);
    case 'signature':
      return null;
    default:
      return '花巻市石鳥谷町八幡第4地割76番地 備考の記入例'.repeat(4).slice(0, field.maxLength ?? 30);
  }
}

describe("Hanamaki's form templates rendered with long realistic data", () => {
  const renderer = new PdfkitFormRenderer();

  it.each(templates.map((t) => [t.id, t] as const))('%s fits every value into its box and prints every character', async (_id, template) => {
    const values = Object.fromEntries(
      template.fields.map((f) => [f.id, printable(template, f.id, f.binding ? resolveBinding(f.binding, context) : typed(f))]),
    );
    const result = await renderer.renderWithReport([{ template, values, signatures: {}, qrPayload: `MDG1:form:test:${template.id}` }]);
    expect(result.pageCount).toBe(template.pages.length);
    expect(result.warnings.filter((w) => w.code === 'FORM.GLYPH_MISSING')).toEqual([]);
  });
});
