import { type FormTemplateContent, type FormTemplateProblem, type LayoutElement, validateFormTemplate } from '../../../domain/form';

/** A small valid template: one page, a name, a phone, a check box, a signature and a QR code. */
const valid: FormTemplateContent = {
  id: 'inu-toroku-henko-todoke',
  name: '犬の登録事項変更届',
  category: '犬の登録',
  description: '飼い主の住所などが変わったときの届出',
  paper: { size: 'A4', orientation: 'portrait' },
  perPerson: false,
  fields: [
    { id: 'applicant_name', label: '届出人 氏名', type: 'text', required: true, binding: 'applicant.name' },
    { id: 'submitted_on', label: '届出日', type: 'text', required: true, binding: 'visit.date|era' },
    { id: 'applicant_phone', label: '届出人 電話番号', type: 'phone', required: false, pattern: '^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$', patternMessage: '電話番号は数字とハイフンで入力してください' },
    { id: 'dog_sex', label: '犬の性別', type: 'choice', required: true, choices: [{ value: 'male', label: 'オス' }, { value: 'female', label: 'メス' }] },
    { id: 'has_dog', label: '犬を飼っている', type: 'checkbox', required: false, binding: 'answers.has_dog' },
    { id: 'applicant_signature', label: '届出人 署名', type: 'signature', required: true },
  ],
  pages: [
    {
      elements: [
        { kind: 'text', box: { x: 30, y: 12, width: 150, height: 10 }, text: '犬の登録事項変更届', font: 'mincho', size: 17, align: 'center' },
        { kind: 'qr', box: { x: 184, y: 8, width: 16, height: 16 } },
        { kind: 'rect', box: { x: 12, y: 40, width: 186, height: 60 }, lineWidth: 0.8 },
        { kind: 'field', box: { x: 40, y: 42, width: 60, height: 8 }, fieldId: 'applicant_name', size: 11 },
        { kind: 'field', box: { x: 140, y: 30, width: 58, height: 6 }, fieldId: 'submitted_on' },
        { kind: 'field', box: { x: 40, y: 52, width: 60, height: 8 }, fieldId: 'applicant_phone' },
        { kind: 'check', box: { x: 40, y: 62, width: 3.2, height: 3.2 }, fieldId: 'dog_sex', value: 'male' },
        { kind: 'check', box: { x: 60, y: 62, width: 3.2, height: 3.2 }, fieldId: 'dog_sex', value: 'female' },
        { kind: 'check', box: { x: 40, y: 70, width: 3.2, height: 3.2 }, fieldId: 'has_dog' },
        { kind: 'signature', box: { x: 120, y: 80, width: 70, height: 15 }, fieldId: 'applicant_signature' },
        { kind: 'line', from: { x: 12, y: 110 }, to: { x: 198, y: 110 } },
        { kind: 'text', box: { x: 190, y: 250, width: 7, height: 30 }, text: '受付印', vertical: true, size: 9 },
      ],
    },
  ],
};

type Change = (template: FormTemplateContent) => FormTemplateContent;
const problemsOf = (change: Change): FormTemplateProblem[] => validateFormTemplate(change(valid));
const withElements = (template: FormTemplateContent, elements: readonly LayoutElement[]): FormTemplateContent => ({ ...template, pages: [{ elements }] });
const addElement = (element: LayoutElement): Change => (template) => withElements(template, [...(template.pages[0]?.elements ?? []), element]);
const withField = (id: string, change: object): Change => (template) => ({ ...template, fields: template.fields.map((field) => (field.id === id ? { ...field, ...change } : field)) });

describe('validateFormTemplate', () => {
  it('accepts a complete template', () => {
    expect(validateFormTemplate(valid)).toEqual([]);
  });

  it('reports a binding with an unknown key, with the field and the place', () => {
    expect(problemsOf(withField('applicant_name', { binding: 'applicant.fullName' }))).toEqual([
      { path: 'fields[0].binding', message: expect.stringContaining('項目『届出人 氏名』: 「applicant」に「fullName」という項目はありません') },
    ]);
  });

  it('reports a binding with bad syntax, an unknown filter, and a filter that does not fit the value', () => {
    expect(problemsOf(withField('applicant_name', { binding: 'applicant..name' }))[0]?.message).toContain('「.」の後に項目の名前');
    expect(problemsOf(withField('submitted_on', { binding: 'visit.date|wareki' }))[0]?.message).toContain('「wareki」という書式はありません');
    expect(problemsOf(withField('applicant_name', { binding: 'applicant.name|era' }))[0]?.message).toContain('書式「era」は文字には使えません');
  });

  it('allows `person` only in a per-person template', () => {
    const change = withField('applicant_name', { binding: 'person.name' });
    expect(problemsOf(change)).toEqual([{ path: 'fields[0].binding', message: expect.stringContaining('「person」は1人ごとの様式（perPerson）でだけ使えます') }]);
    expect(problemsOf((template) => ({ ...change(template), perPerson: true }))).toEqual([]);
  });

  it('wants a date field bound to a date, a check box to a yes/no, and no binding on a signature', () => {
    expect(problemsOf(withField('submitted_on', { type: 'date' }))[0]?.message).toContain('日付の項目です');
    expect(problemsOf(withField('submitted_on', { type: 'date', binding: 'visit.date' }))).toEqual([]);
    expect(problemsOf(withField('has_dog', { binding: 'applicant.name' }))[0]?.message).toContain('チェックボックスです');
    expect(problemsOf(withField('applicant_signature', { binding: 'applicant.name' }))[0]?.message).toContain('署名のため、データを結び付けられません');
  });

  it('reports missing pieces: id, name, category, pages', () => {
    expect(problemsOf((t) => ({ ...t, id: 'Inu_Todoke' }))).toEqual([{ path: 'id', message: expect.stringContaining('様式ID「Inu_Todoke」は英小文字・数字をハイフンでつないだ形') }]);
    expect(problemsOf((t) => ({ ...t, name: ' ' }))).toEqual([{ path: 'name', message: '様式名を入力してください' }]);
    expect(problemsOf((t) => ({ ...t, category: '' }))).toEqual([{ path: 'category', message: expect.stringContaining('分類') }]);
    expect(problemsOf((t) => ({ ...t, pages: [] }))).toEqual([{ path: 'pages', message: 'ページがありません。1ページ以上作成してください' }]);
  });

  it('reports field ids that are not snake_case or are repeated, and fields without a label', () => {
    expect(problemsOf(withField('applicant_phone', { id: 'applicantPhone' })).map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('項目ID「applicantPhone」は英小文字・数字を下線でつないだ形')]),
    );
    const repeated = problemsOf((t) => ({ ...t, fields: [...t.fields, t.fields[0]!] }));
    expect(repeated).toEqual([{ path: 'fields[6].id', message: '項目ID「applicant_name」が重複しています' }]);
    expect(problemsOf(withField('applicant_phone', { label: '' }))[0]).toEqual({ path: 'fields[2].label', message: '項目3の名前（label）を入力してください' });
  });

  it('reports a choice without choices, a bad pattern, a pattern without its message, a maxLength of 0', () => {
    expect(problemsOf(withField('dog_sex', { choices: [] })).map((p) => p.message)).toEqual(expect.arrayContaining(['項目『犬の性別』は選択肢の項目です。選択肢を1つ以上指定してください']));
    expect(problemsOf(withField('applicant_phone', { pattern: '^(0\\d+$' }))).toEqual([{ path: 'fields[2].pattern', message: expect.stringContaining('正しい正規表現ではありません') }]);
    expect(problemsOf(withField('applicant_phone', { patternMessage: undefined }))).toEqual([{ path: 'fields[2].patternMessage', message: expect.stringContaining('説明（patternMessage）') }]);
    expect(problemsOf(withField('applicant_name', { maxLength: 0 }))).toEqual([{ path: 'fields[0].maxLength', message: '項目『届出人 氏名』の最大文字数は1以上の整数にしてください' }]);
  });

  it('reports an element outside the page, by paper size and orientation', () => {
    const wide: LayoutElement = { kind: 'rect', box: { x: 150, y: 250, width: 100, height: 20 } };
    expect(problemsOf(addElement(wide))).toEqual([
      { path: 'pages[0].elements[12]', message: '1ページ目の要素13（枠）がページの外にはみ出しています（x 150、y 250、幅 100、高さ 20mm。1ページ目（210×297mm））' },
    ]);
    // In A4 landscape (297 × 210) the box is still below the page; in A3 portrait (297 × 420) it fits.
    expect(problemsOf((t) => ({ ...addElement(wide)(t), paper: { size: 'A4', orientation: 'landscape' } })).length).toBeGreaterThan(0);
    expect(problemsOf((t) => ({ ...addElement(wide)(t), paper: { size: 'A3', orientation: 'portrait' } }))).toEqual([]);
    expect(problemsOf(addElement({ kind: 'line', from: { x: 0, y: 0 }, to: { x: 211, y: 0 } }))[0]?.message).toContain('要素13（線）がページの外にはみ出しています');
    expect(problemsOf(addElement({ kind: 'rect', box: { x: 10, y: 10, width: 0, height: 5 } }))[0]?.message).toContain('幅と高さは0より大きく');
  });

  it('reports a reference to an unknown field, and references of the wrong type', () => {
    expect(problemsOf(addElement({ kind: 'field', box: { x: 20, y: 120, width: 40, height: 8 }, fieldId: 'dog_name' }))).toEqual([
      { path: 'pages[0].elements[12]', message: '1ページ目の要素13（項目）が指定している項目「dog_name」はありません' },
    ]);
    expect(problemsOf(addElement({ kind: 'signature', box: { x: 20, y: 120, width: 40, height: 8 }, fieldId: 'applicant_name' }))[0]?.message).toContain('種類が「署名」の項目を指定してください');
    expect(problemsOf(addElement({ kind: 'check', box: { x: 20, y: 120, width: 3, height: 3 }, fieldId: 'applicant_phone' }))[0]?.message).toContain('チェックボックスか選択肢の項目を指定してください');
    expect(problemsOf(addElement({ kind: 'check', box: { x: 20, y: 120, width: 3, height: 3 }, fieldId: 'dog_sex', value: 'unknown' }))[0]?.message).toContain('選択肢「unknown」はありません');
    expect(problemsOf(addElement({ kind: 'check', box: { x: 20, y: 120, width: 3, height: 3 }, fieldId: 'dog_sex' }))[0]?.message).toContain('チェックを付ける選択肢（value）が必要です');
    expect(problemsOf(addElement({ kind: 'field', box: { x: 20, y: 120, width: 40, height: 8 }, fieldId: 'applicant_signature' }))[0]?.message).toContain('署名欄（signature）に配置してください');
  });

  it('reports a field that is on no page', () => {
    const unplaced = (t: FormTemplateContent): FormTemplateContent => withElements(t, (t.pages[0]?.elements ?? []).filter((e) => !(e.kind === 'field' && e.fieldId === 'applicant_phone')));
    expect(problemsOf(unplaced)).toEqual([{ path: 'fields[2]', message: expect.stringMatching(/^項目『届出人 電話番号』が配置されていません（applicant_phone）/) }]);
  });

  it('reports font sizes outside 4–40 pt and empty texts', () => {
    expect(problemsOf(addElement({ kind: 'text', box: { x: 20, y: 120, width: 40, height: 8 }, text: '注', size: 3 }))[0]?.message).toContain('文字の大きさ 3pt は4〜40ptにしてください');
    expect(problemsOf(addElement({ kind: 'text', box: { x: 20, y: 120, width: 40, height: 8 }, text: '題', size: 48 }))[0]?.message).toContain('48pt');
    expect(problemsOf(addElement({ kind: 'field', box: { x: 20, y: 120, width: 40, height: 8 }, fieldId: 'applicant_name', size: 10, minSize: 12 }))[0]?.message).toContain('最小の文字の大きさが文字の大きさより大きく');
    expect(problemsOf(addElement({ kind: 'text', box: { x: 20, y: 120, width: 40, height: 8 }, text: '' }))[0]?.message).toContain('文字が空です');
  });

  it('wants a QR code on every page', () => {
    const secondPage = (t: FormTemplateContent): FormTemplateContent => ({ ...t, pages: [...t.pages, { elements: [{ kind: 'text', box: { x: 20, y: 20, width: 40, height: 8 }, text: '（裏面）' }] }] });
    expect(problemsOf(secondPage)).toEqual([{ path: 'pages[1].elements', message: expect.stringContaining('2ページ目にQRコード（qr）がありません') }]);
  });
});
