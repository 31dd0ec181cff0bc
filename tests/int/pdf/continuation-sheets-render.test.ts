import { printable, printableContinuations } from '../../../application/form/render-forms/render-visit-forms.handler';
import { resolveBinding } from '../../../domain/form/binding';
import { continuationValues } from '../../../domain/form/continuation-values';
import type { FormDataContext, PersonData } from '../../../domain/form/form-data-context';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { PdfkitFormRenderer } from '../../../infrastructure/pdf/pdfkit-form-renderer';
import { hanamakiTemplates, longDataContext } from '../../support/fixtures/form-templates/hanamaki-samples';
import { cleanUp, poppler, save } from './poppler-readback';

jest.setTimeout(60_000);

/** Given names that are no part of one another, so that each name is counted on its own. */
const givenNames = ['陽太', '春子', '蓮', '結衣', '湊', '凛', '蒼', '紬', '樹', '葵', '律', '澪', '楓'];

const member = (index: number, birthYear: number): PersonData => ({
  name: `花巻 ${givenNames[index]!}`,
  nameKana: 'ハナマキ',
  birthDate: `${birthYear}-04-0${(index % 9) + 1}`,
  sex: index % 2 === 0 ? 'male' : 'female',
  relationship: '子',
  address: '岩手県花巻市花城町9番30号 花城ハイツ101',
  postalCode: '025-8601',
  addressLine: '岩手県花巻市花城町9番30号',
  katagaki: '花城ハイツ101',
  registeredAddress: '',
  newAddress: '岩手県花巻市花城町9番30号 花城ハイツ101',
  newAddressLine: '岩手県花巻市花城町9番30号',
  newKatagaki: '花城ハイツ101',
  atenaNumber: null,
  previousAddress: '',
  movedOn: '',
  nationality: '',
  residenceStatus: '',
  relationToNotifier: '',
  notifierCapacity: '',
});

/** A household whose head (the applicant, 世帯主 盛岡 太郎) is in none of the lists, and `count` persons in `list`. */
function household(list: 'concerned' | 'children', count: number): FormDataContext {
  const base = longDataContext(0);
  const head: PersonData = { ...member(0, 1970), name: '盛岡 太郎', relationship: '世帯主' };
  const persons = Array.from({ length: count }, (_, i) => member(i, list === 'children' ? 2010 + i : 1960 + i));
  return { ...base, applicant: head, head, person: head, concerned: list === 'concerned' ? persons : [], children: list === 'children' ? persons : [], household: [head, ...persons] };
}

/** What the counter does: fill from the bindings (and the 続紙 rows), then print as the print handler does. */
async function print(template: FormTemplateContent, context: FormDataContext) {
  const prefilled: Record<string, string | boolean | null> = Object.fromEntries(template.fields.filter((f) => f.binding).map((f) => [f.id, resolveBinding(f.binding!, context)]));
  Object.assign(prefilled, continuationValues(template, context));
  const values = { ...printableContinuations(template, prefilled), ...Object.fromEntries(template.fields.map((f) => [f.id, printable(template, f.id, prefilled[f.id] ?? null)])) };
  const result = await new PdfkitFormRenderer().renderWithReport([{ template, values, signatures: {}, qrPayload: `MDG1:form:test-${template.id}:v1` }]);
  const path = save(result.pdf);
  const pageText = (page: number) => poppler('pdftotext', '-layout', '-f', String(page), '-l', String(page), path, '-').replace(/\s+/g, '');
  return { result, path, pages: Array.from({ length: result.pageCount }, (_, i) => pageText(i + 1)) };
}

const occurrences = (text: string, name: string) => text.split(name.replace(/\s+/g, '')).length - 1;
const template = (id: string) => hanamakiTemplates.find((t) => t.id === id)!;

describe('forms with more persons than rows continue on 続紙 and never leave anybody off', () => {
  afterAll(cleanUp);

  it.each([
    ['jumin-ido-todoke', 'concerned', 7, 2],
    ['jumin-ido-todoke', 'concerned', 12, 2],
    ['jumin-ido-todoke', 'concerned', 13, 3],
    ['kokuho-shikaku-todoke', 'concerned', 6, 2],
    ['kokuho-shikaku-todoke', 'concerned', 12, 3],
    ['jido-teate-nintei-seikyu', 'children', 5, 2],
    ['jido-teate-nintei-seikyu', 'children', 9, 3],
  ] as const)('%s with %s × %i: every name exactly once, on %i sheets marked 続紙 n/m', async (id, list, count, sheets) => {
    const { result, pages } = await print(template(id), household(list, count));
    expect(result.pageCount).toBe(sheets);
    const all = pages.join('');
    for (let i = 0; i < count; i++) expect([`花巻 ${givenNames[i]}`, occurrences(all, `花巻 ${givenNames[i]}`)]).toEqual([`花巻 ${givenNames[i]}`, 1]);
    expect(pages[0]).toContain(`1/${sheets}（続紙あり）`);
    for (let sheet = 2; sheet <= sheets; sheet++) {
      const text = pages[sheet - 1]!;
      expect(text).toContain(`続紙${sheet}/${sheets}`);
      expect(text).toContain(template(id).name.replace(/\s+/g, '').slice(0, 6));
      // The head of household (住民異動届: 新しい世帯主; 国保: the 世帯主 block; 児童手当: the claimant) is repeated on every sheet.
      expect(occurrences(text, '盛岡 太郎')).toBeGreaterThanOrEqual(1);
    }
    // The persons of sheet s are the ones after the rows of the sheets before it, in order.
    const rows = template(id).continuations![0]!.rowsPerSheet;
    for (let i = 0; i < count; i++) expect([givenNames[i], pages[Math.floor(i / rows)]!.includes(`花巻${givenNames[i]}`)]).toEqual([givenNames[i], true]);
  });

  it('prints one sheet with no 続紙 mark when everybody fits the rows', async () => {
    const { result, pages } = await print(template('jumin-ido-todoke'), household('concerned', 6));
    expect(result.pageCount).toBe(1);
    expect(pages[0]).not.toContain('続紙あり');
    for (let i = 0; i < 6; i++) expect(occurrences(pages[0]!, `花巻 ${givenNames[i]}`)).toBe(1);
  });

  it('numbers the rows of a 続紙 on from the first sheet (7 … 12 on the second sheet of 住民異動届)', async () => {
    const { path } = await print(template('jumin-ido-todoke'), household('concerned', 12));
    const words = poppler('pdftotext', '-bbox-layout', '-f', '2', '-l', '2', path, '-');
    const numbers = [...words.matchAll(/<word xMin="([\d.]+)"[^>]*>(\d+)<\/word>/g)].filter((m) => Number(m[1]) < 60).map((m) => m[2]);
    expect(numbers).toEqual(expect.arrayContaining(['7', '8', '9', '10', '11', '12']));
    expect(numbers).not.toContain('1');
  });
});
