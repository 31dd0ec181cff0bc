import {
  continuationKey,
  continuationValues,
  type FormTemplateContent,
  type LayoutElement,
  parseContinuationKey,
  printedSheets,
  rowFieldsOf,
  sheetCount,
  validateFormTemplate,
} from '../../../domain/form';
import { aContext, taro } from './form-data-context.fixture';

/** A two-row table of the persons concerned under a header and a 世帯主 block, with a footer left off 続紙. */
const template: FormTemplateContent = {
  id: 'test-list',
  name: '試験届',
  category: '試験',
  description: '',
  paper: { size: 'A4', orientation: 'portrait' },
  perPerson: false,
  fields: [
    { id: 'head_name', label: '世帯主 氏名', type: 'text', required: false, binding: 'head.name' },
    { id: 'concerned_1_name', label: '対象者1 氏名', type: 'text', required: false, binding: 'concerned[0].name' },
    { id: 'concerned_1_birth_date', label: '対象者1 生年月日', type: 'text', required: false, binding: 'concerned[0].birthDate|era' },
    { id: 'concerned_2_name', label: '対象者2 氏名', type: 'text', required: false, binding: 'concerned[1].name' },
    { id: 'concerned_2_birth_date', label: '対象者2 生年月日', type: 'text', required: false, binding: 'concerned[1].birthDate|era' },
    { id: 'concerned_1_note', label: '対象者1 備考', type: 'text', required: false },
    { id: 'remarks', label: '備考', type: 'text', required: false },
  ],
  pages: [
    {
      elements: [
        { kind: 'qr', box: { x: 180, y: 5, width: 17, height: 17 } },
        { kind: 'text', box: { x: 40, y: 10, width: 130, height: 10 }, text: '試験届' },
        { kind: 'field', box: { x: 20, y: 40, width: 80, height: 8 }, fieldId: 'head_name' },
        { kind: 'field', box: { x: 20, y: 60, width: 100, height: 30 }, fieldId: 'remarks' },
        { kind: 'text', box: { x: 12, y: 100, width: 5, height: 8 }, text: '1' },
        { kind: 'field', box: { x: 20, y: 100, width: 60, height: 8 }, fieldId: 'concerned_1_name' },
        { kind: 'field', box: { x: 80, y: 100, width: 40, height: 8 }, fieldId: 'concerned_1_birth_date' },
        { kind: 'field', box: { x: 120, y: 100, width: 40, height: 8 }, fieldId: 'concerned_1_note' },
        { kind: 'text', box: { x: 12, y: 108, width: 5, height: 8 }, text: '2' },
        { kind: 'field', box: { x: 20, y: 108, width: 60, height: 8 }, fieldId: 'concerned_2_name' },
        { kind: 'field', box: { x: 80, y: 108, width: 40, height: 8 }, fieldId: 'concerned_2_birth_date' },
        { kind: 'line', from: { x: 12, y: 116 }, to: { x: 198, y: 116 } },
        { kind: 'text', box: { x: 12, y: 250, width: 100, height: 8 }, text: '市役所使用欄' },
      ],
    },
  ],
  continuations: [
    { list: 'concerned', rowsPerSheet: 2, page: 0, rows: { x: 12, y: 98, width: 186, height: 20 }, repeat: [{ x: 12, y: 5, width: 186, height: 45 }], mark: { x: 12, y: 12, width: 27, height: 7 } },
  ],
};

const persons = (count: number) => Array.from({ length: count }, (_, i) => ({ ...taro, name: `花巻 ${'一二三四五六七'[i]}郎`, birthDate: `1990-01-0${i + 1}` }));
const filled = (count: number) => {
  const context = aContext({ concerned: persons(count) });
  const values: Record<string, string | boolean | null> = { head_name: '花巻 世帯主', remarks: '最初の用紙だけ', concerned_1_note: '1人目の備考' };
  return { ...values, ...continuationValues(template, context) };
};
const texts = (elements: readonly LayoutElement[]) => elements.flatMap((element) => (element.kind === 'text' ? [element.text] : []));

describe('continuation sheets (続紙)', () => {
  it('knows the row fields of a list: bound to concerned[i] and placed in the rows area', () => {
    expect(rowFieldsOf(template, template.continuations![0]!)).toEqual([
      { fieldId: 'concerned_1_name', row: 0 },
      { fieldId: 'concerned_1_birth_date', row: 0 },
      { fieldId: 'concerned_2_name', row: 1 },
      { fieldId: 'concerned_2_birth_date', row: 1 },
    ]);
  });

  it('keeps the persons beyond the rows under <fieldId>@<sheet>, each binding moved on by the rows of the sheets before', () => {
    expect(continuationValues(template, aContext({ concerned: persons(5) }))).toEqual({
      'concerned_1_name@2': '花巻 三郎',
      'concerned_1_birth_date@2': '平成2年1月3日',
      'concerned_2_name@2': '花巻 四郎',
      'concerned_2_birth_date@2': '平成2年1月4日',
      'concerned_1_name@3': '花巻 五郎',
      'concerned_1_birth_date@3': '平成2年1月5日',
    });
  });

  it('adds nothing when everybody fits, and nothing for a template without continuations', () => {
    expect(continuationValues(template, aContext({ concerned: persons(2) }))).toEqual({});
    expect(continuationValues({ ...template, continuations: undefined }, aContext({ concerned: persons(5) }))).toEqual({});
  });

  it('reads continuation keys back and tells them from field ids', () => {
    expect(parseContinuationKey(continuationKey('concerned_1_name', 12))).toEqual({ fieldId: 'concerned_1_name', sheet: 12 });
    expect(parseContinuationKey('concerned_1_name')).toBeNull();
    expect(parseContinuationKey('concerned_1_name@0')).toBeNull();
  });

  it('counts the sheets from the last sheet that has a row value', () => {
    const rule = template.continuations![0]!;
    expect(sheetCount(template, rule, filled(2))).toBe(1);
    expect(sheetCount(template, rule, filled(3))).toBe(2);
    expect(sheetCount(template, rule, filled(5))).toBe(3);
    expect(sheetCount(template, rule, { 'concerned_1_name@4': null, 'remarks@9': 'x' })).toBe(1);
  });

  it('prints the template page alone when everybody fits', () => {
    const values = filled(2);
    const sheets = printedSheets(template, values);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.elements).toBe(template.pages[0]!.elements);
    expect(sheets[0]!.values).toBe(values);
  });

  it('continues on 続紙 that repeat the header and the head, carry the next persons numbered on, and leave the rest off', () => {
    const sheets = printedSheets(template, filled(5));
    expect(sheets.map((sheet) => sheet.continuation ?? null)).toEqual([null, { list: 'concerned', sheet: 2, of: 3 }, { list: 'concerned', sheet: 3, of: 3 }]);
    expect(texts(sheets[0]!.elements)).toEqual(['試験届', '1', '2', '市役所使用欄', '1/3（続紙あり）']);
    const second = sheets[1]!;
    expect(texts(second.elements)).toEqual(['試験届', '3', '4', '続紙 2/3']);
    expect(second.elements.some((element) => element.kind === 'field' && element.fieldId === 'remarks')).toBe(false);
    expect(second.elements.some((element) => element.kind === 'qr')).toBe(true);
    expect(second.values).toMatchObject({ head_name: '花巻 世帯主', concerned_1_name: '花巻 三郎', concerned_2_name: '花巻 四郎', concerned_1_note: null });
    expect(sheets[2]!.values).toMatchObject({ concerned_1_name: '花巻 五郎', concerned_2_name: null, concerned_2_birth_date: null });
  });

  it('closes the areas up: the rows move under the repeated header with a gap of at most 2.5 mm', () => {
    const second = printedSheets(template, filled(3))[1]!;
    const name = second.elements.find((element) => element.kind === 'field' && element.fieldId === 'concerned_1_name');
    const head = second.elements.find((element) => element.kind === 'field' && element.fieldId === 'head_name');
    const line = second.elements.find((element) => element.kind === 'line');
    // The header area ends at 50; the rows area (98–118) starts at 52.5: everything in it moves up 45.5 mm.
    expect(name).toMatchObject({ box: { y: 54.5 } });
    expect(head).toMatchObject({ box: { y: 40 } });
    expect(line).toMatchObject({ from: { y: 70.5 }, to: { y: 70.5 } });
  });

  describe('validation', () => {
    const problems = (continuations: unknown) => validateFormTemplate({ ...template, continuations } as FormTemplateContent).map((p) => `${p.path}: ${p.message}`);
    const rule = template.continuations![0]!;

    it('accepts the rule above', () => {
      expect(validateFormTemplate(template)).toEqual([]);
    });

    it('refuses more rows than the table prints (persons would be dropped) and fewer (printed twice)', () => {
      expect(problems([{ ...rule, rowsPerSheet: 3 }])).toEqual([expect.stringContaining('concerned[2] を結び付けた項目がありません')]);
      expect(problems([{ ...rule, rowsPerSheet: 1 }])).toEqual([expect.stringContaining('concerned[1] は1枚の行数（1）を超えています')]);
    });

    it('refuses an unknown list, a bad page, boxes off the page, overlapping areas, a 続紙 without its QR code and a list continued twice', () => {
      expect(problems([{ ...rule, list: 'applicant' }])).toEqual([expect.stringMatching(/^continuations\[0\]\.list: .*concerned、household、children/)]);
      expect(problems([{ ...rule, page: 1 }])).toEqual([expect.stringMatching(/^continuations\[0\]\.page/)]);
      expect(problems([{ ...rule, mark: { x: 300, y: 1, width: 10, height: 5 } }])).toEqual([expect.stringContaining('はみ出しています')]);
      expect(problems([{ ...rule, repeat: [{ x: 12, y: 5, width: 186, height: 100 }] }])).toEqual([expect.stringContaining('上下に重ならない')]);
      expect(problems([{ ...rule, repeat: [{ x: 12, y: 30, width: 186, height: 20 }] }])).toEqual([expect.stringContaining('「続紙 n/m」の位置（mark）は表か'), expect.stringContaining('QRコードが続紙に印刷される範囲にありません')]);
      expect(problems([rule, rule])).toEqual([expect.stringContaining('2回指定されています')]);
      expect(problems({})).toEqual(['continuations: 続紙の指定（continuations）は配列にしてください']);
    });
  });
});
