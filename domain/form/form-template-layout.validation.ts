import { type FieldDefinition, type LayoutElement, type Orientation, type PaperSize, paperSizes } from './form-template.types';
import { FONT_SIZE, type FormTemplateProblem, isBlank } from './form-template-problem';

const kindLabels: Readonly<Record<LayoutElement['kind'], string>> = {
  text: '文字',
  field: '項目',
  rect: '枠',
  line: '線',
  check: 'チェック',
  signature: '署名欄',
  qr: 'QRコード',
};

/** Page width and height in mm for a paper size and orientation (undefined for an unknown size). */
export function pageSize(size: PaperSize, orientation: Orientation): { width: number; height: number } | undefined {
  const portrait = paperSizes[size];
  if (!portrait) return undefined;
  return orientation === 'landscape' ? { width: portrait.height, height: portrait.width } : { width: portrait.width, height: portrait.height };
}

const finite = (...values: unknown[]): boolean => values.every((value) => typeof value === 'number' && Number.isFinite(value));

interface PageCheck {
  readonly page: { width: number; height: number };
  readonly pageLabel: string;
  readonly fields: ReadonlyMap<string, FieldDefinition>;
}

function placeProblems(element: LayoutElement, where: string, { page, pageLabel }: PageCheck): string[] {
  const paper = `${pageLabel}（${page.width}×${page.height}mm）`;
  if (element.kind === 'line') {
    const { from, to } = element;
    if (!finite(from?.x, from?.y, to?.x, to?.y)) return [`${where}の始点・終点の座標がありません`];
    const inside = [from, to].every((p) => p.x >= 0 && p.y >= 0 && p.x <= page.width && p.y <= page.height);
    return inside ? [] : [`${where}がページの外にはみ出しています（${paper}）`];
  }
  const box = element.box;
  if (!box || !finite(box.x, box.y, box.width, box.height)) return [`${where}の位置と大きさ（box）がありません`];
  if (box.width <= 0 || box.height <= 0) return [`${where}の幅と高さは0より大きくしてください`];
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= page.width + 1e-6 && box.y + box.height <= page.height + 1e-6;
  return inside ? [] : [`${where}がページの外にはみ出しています（x ${box.x}、y ${box.y}、幅 ${box.width}、高さ ${box.height}mm。${paper}）`];
}

function styleProblems(element: LayoutElement, where: string): string[] {
  if (element.kind !== 'text' && element.kind !== 'field') return [];
  const problems: string[] = [];
  const sizeOk = (size: unknown): boolean => finite(size) && (size as number) >= FONT_SIZE.min && (size as number) <= FONT_SIZE.max;
  if (element.size !== undefined && !sizeOk(element.size)) problems.push(`${where}の文字の大きさ ${element.size}pt は${FONT_SIZE.min}〜${FONT_SIZE.max}ptにしてください`);
  if (element.kind === 'field' && element.minSize !== undefined) {
    if (!sizeOk(element.minSize)) problems.push(`${where}の最小の文字の大きさ ${element.minSize}pt は${FONT_SIZE.min}〜${FONT_SIZE.max}ptにしてください`);
    else if (element.size !== undefined && element.minSize > element.size) problems.push(`${where}の最小の文字の大きさが文字の大きさより大きくなっています`);
  }
  if (element.kind === 'field' && element.comb !== undefined && !(Number.isInteger(element.comb) && element.comb > 0)) {
    problems.push(`${where}のマス目の数（comb）は1以上の整数にしてください`);
  }
  if (element.font !== undefined && element.font !== 'gothic' && element.font !== 'mincho') problems.push(`${where}の書体は gothic か mincho にしてください`);
  if (element.kind === 'text' && isBlank(element.text)) problems.push(`${where}の文字が空です`);
  return problems;
}

function referenceProblems(element: LayoutElement, where: string, fields: ReadonlyMap<string, FieldDefinition>): string[] {
  if (element.kind !== 'field' && element.kind !== 'check' && element.kind !== 'signature') return [];
  const field = fields.get(element.fieldId);
  if (!field) return [`${where}が指定している項目「${element.fieldId}」はありません`];
  const name = `項目『${field.label}』（${field.id}）`;
  switch (element.kind) {
    case 'signature':
      return field.type === 'signature' ? [] : [`${where}には種類が「署名」の項目を指定してください（${name}は「${field.type}」です）`];
    case 'check':
      if (field.type === 'checkbox') return element.value === undefined ? [] : [`${where}: ${name}はチェックボックスのため value は指定しません`];
      if (field.type !== 'choice') return [`${where}にはチェックボックスか選択肢の項目を指定してください（${name}は「${field.type}」です）`];
      if (element.value === undefined) return [`${where}: 選択肢の項目${name}には、チェックを付ける選択肢（value）が必要です`];
      return (field.choices ?? []).some((choice) => choice.value === element.value) ? [] : [`${where}: ${name}に選択肢「${element.value}」はありません`];
    case 'field':
      if (field.type === 'signature') return [`${where}: 署名の項目${name}は署名欄（signature）に配置してください`];
      if (field.type === 'checkbox') return [`${where}: チェックボックスの項目${name}はチェック（check）で配置してください`];
      return [];
  }
}

/** Checks one page: elements inside the paper, known fields of the right type, sizes, and a QR code. */
export function validatePage(
  elements: readonly LayoutElement[],
  pageIndex: number,
  page: { width: number; height: number },
  fields: ReadonlyMap<string, FieldDefinition>,
): FormTemplateProblem[] {
  const pageLabel = `${pageIndex + 1}ページ目`;
  const base = `pages[${pageIndex}]`;
  if (!Array.isArray(elements as unknown)) return [{ path: `${base}.elements`, message: `${pageLabel}の要素（elements）がありません` }];
  const problems = elements.flatMap((element, index): FormTemplateProblem[] => {
    const path = `${base}.elements[${index}]`;
    const label = kindLabels[element?.kind];
    if (!label) return [{ path, message: `${pageLabel}の要素${index + 1}の種類「${String(element?.kind)}」は使えません` }];
    const where = `${pageLabel}の要素${index + 1}（${label}）`;
    return [
      ...placeProblems(element, where, { page, pageLabel, fields }),
      ...styleProblems(element, where),
      ...referenceProblems(element, where, fields),
    ].map((message) => ({ path, message }));
  });
  if (!elements.some((element) => element?.kind === 'qr')) {
    problems.push({ path: `${base}.elements`, message: `${pageLabel}にQRコード（qr）がありません。どのページも様式を読み取れるよう、各ページに1つ配置してください` });
  }
  return problems;
}

/** Field ids placed on any page (as a value, a check or a signature). */
export function placedFieldIds(pages: ReadonlyArray<{ readonly elements: readonly LayoutElement[] }>): Set<string> {
  const placed = new Set<string>();
  for (const page of pages) {
    const elements: readonly LayoutElement[] = Array.isArray(page?.elements as unknown) ? page.elements : [];
    for (const element of elements) {
      if (element?.kind === 'field' || element?.kind === 'check' || element?.kind === 'signature') placed.add(element.fieldId);
    }
  }
  return placed;
}
