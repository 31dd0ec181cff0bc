import { boxInside, elementInside, fieldIdsInside, listRowOf } from './continuation-sheets';
import type { Box, ContinuationSheets, ContinuedList, FormTemplateContent } from './form-template.types';
import type { FormTemplateProblem } from './form-template-problem';

const lists: readonly ContinuedList[] = ['concerned', 'household', 'children'];
const listLabels: Readonly<Record<ContinuedList, string>> = { concerned: '対象者（concerned）', household: '世帯員（household）', children: '児童（children）' };

const finite = (...values: unknown[]): boolean => values.every((value) => typeof value === 'number' && Number.isFinite(value));

function boxProblem(box: Box | undefined, what: string, page: { width: number; height: number }): string | null {
  if (!box || !finite(box.x, box.y, box.width, box.height)) return `${what}の位置と大きさ（x、y、幅、高さ）がありません`;
  if (box.width <= 0 || box.height <= 0) return `${what}の幅と高さは0より大きくしてください`;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= page.width + 1e-6 && box.y + box.height <= page.height + 1e-6 ? null : `${what}がページの外にはみ出しています`;
}

/** The rows area holds exactly rows 0 … rowsPerSheet-1 of the list: none missing (dropped), none beyond (printed twice). */
function rowProblems(template: FormTemplateContent, rule: ContinuationSheets, name: string): string[] {
  const inside = fieldIdsInside(template.pages[rule.page], rule.rows);
  const rows = new Set(template.fields.filter((field) => inside.has(field.id)).map((field) => listRowOf(field.binding, rule.list)).filter((row): row is number => row !== null));
  const problems: string[] = [];
  const missing = Array.from({ length: rule.rowsPerSheet }, (_, row) => row).filter((row) => !rows.has(row));
  if (missing.length > 0) problems.push(`${name}: 表（rows）の中に ${missing.map((row) => `${rule.list}[${row}]`).join('、')} を結び付けた項目がありません。1枚の行数（rowsPerSheet）を表の行の数に合わせてください`);
  const beyond = [...rows].filter((row) => row >= rule.rowsPerSheet).sort((a, b) => a - b);
  if (beyond.length > 0) problems.push(`${name}: 表（rows）の中の ${beyond.map((row) => `${rule.list}[${row}]`).join('、')} は1枚の行数（${rule.rowsPerSheet}）を超えています（続紙で同じ人が2回印刷されます）`);
  return problems;
}

function ruleProblems(template: FormTemplateContent, rule: ContinuationSheets, index: number, size: { width: number; height: number }): FormTemplateProblem[] {
  const path = `continuations[${index}]`;
  const name = `続紙の指定${index + 1}`;
  const problems: FormTemplateProblem[] = [];
  if (!lists.includes(rule?.list)) problems.push({ path: `${path}.list`, message: `${name}: 続ける名簿（list）は ${lists.join('、')} のどれかにしてください` });
  if (!(Number.isInteger(rule?.rowsPerSheet) && rule.rowsPerSheet > 0)) problems.push({ path: `${path}.rowsPerSheet`, message: `${name}: 1枚の行数（rowsPerSheet）は1以上の整数にしてください` });
  if (!(Number.isInteger(rule?.page) && rule.page >= 0 && rule.page < template.pages.length)) {
    problems.push({ path: `${path}.page`, message: `${name}: 表のあるページ（page）は0から${template.pages.length - 1}の番号にしてください` });
  }
  const repeat: readonly Box[] = Array.isArray(rule?.repeat as unknown) ? rule.repeat : [];
  if (!Array.isArray(rule?.repeat as unknown)) problems.push({ path: `${path}.repeat`, message: `${name}: 続紙にも印刷する範囲（repeat）を配列で指定してください（なければ []）` });
  const boxes: Array<[string, Box | undefined, string]> = [
    [`${path}.rows`, rule?.rows, '表の範囲（rows）'],
    ...repeat.map((box, at): [string, Box, string] => [`${path}.repeat[${at}]`, box, `続紙にも印刷する範囲${at + 1}（repeat）`]),
    [`${path}.mark`, rule?.mark, '「続紙 n/m」の位置（mark）'],
  ];
  for (const [where, box, what] of boxes) {
    const problem = boxProblem(box, `${name}の${what}`, size);
    if (problem) problems.push({ path: where, message: problem });
  }
  if (problems.length > 0) return problems;

  const areas = [rule.rows, ...repeat].slice().sort((a, b) => a.y - b.y);
  if (areas.some((area, at) => at > 0 && area.y < areas[at - 1]!.y + areas[at - 1]!.height - 0.011)) {
    problems.push({ path: `${path}.repeat`, message: `${name}: 表（rows）と続紙にも印刷する範囲（repeat）は上下に重ならないようにしてください（続紙では上から詰めて印刷します）` });
  }
  if (!areas.some((area) => boxInside(rule.mark, area))) problems.push({ path: `${path}.mark`, message: `${name}: 「続紙 n/m」の位置（mark）は表か続紙にも印刷する範囲の中にしてください` });
  const page = template.pages[rule.page]!;
  if (!page.elements.some((element) => element.kind === 'qr' && areas.some((area) => elementInside(element, area)))) {
    problems.push({ path: `${path}.repeat`, message: `${name}: QRコードが続紙に印刷される範囲にありません。QRコードを含む見出しの範囲を repeat に加えてください` });
  }
  problems.push(...rowProblems(template, rule, name).map((message) => ({ path: `${path}.rows`, message })));
  return problems;
}

/** Problems of a template's 続紙 rules (`continuations`), in Japanese with their place; empty when none. */
export function continuationProblems(template: FormTemplateContent, size: { width: number; height: number }): FormTemplateProblem[] {
  if (template.continuations === undefined) return [];
  if (!Array.isArray(template.continuations as unknown)) return [{ path: 'continuations', message: '続紙の指定（continuations）は配列にしてください' }];
  const problems = template.continuations.flatMap((rule, index) => ruleProblems(template, rule, index, size));
  const seen = new Set<string>();
  template.continuations.forEach((rule, index) => {
    if (seen.has(rule?.list)) problems.push({ path: `continuations[${index}].list`, message: `${listLabels[rule.list] ?? rule.list}の続紙が2回指定されています（同じ人が2回印刷されます）` });
    seen.add(rule?.list);
  });
  return problems;
}
