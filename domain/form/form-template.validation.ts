import { parseBinding } from './binding-syntax';
import { analyseBinding } from './binding.validation';
import type { FieldDefinition, FieldType, FormTemplateContent } from './form-template.types';
import { continuationProblems } from './continuation-sheets.validation';
import { pageSize, placedFieldIds, validatePage } from './form-template-layout.validation';
import { FIELD_ID, type FormTemplateProblem, isBlank, TEMPLATE_ID } from './form-template-problem';

const fieldTypes: readonly FieldType[] = ['text', 'multiline', 'kana', 'date', 'number', 'phone', 'postal-code', 'choice', 'checkbox', 'signature'];

function headerProblems(content: FormTemplateContent): FormTemplateProblem[] {
  const problems: FormTemplateProblem[] = [];
  if (isBlank(content.id)) problems.push({ path: 'id', message: '様式IDがありません' });
  else if (!TEMPLATE_ID.test(content.id)) problems.push({ path: 'id', message: `様式ID「${content.id}」は英小文字・数字をハイフンでつないだ形（例: jumin-ido-todoke）にしてください` });
  if (isBlank(content.name)) problems.push({ path: 'name', message: '様式名を入力してください' });
  if (isBlank(content.category)) problems.push({ path: 'category', message: '様式の分類（住民異動、国民健康保険 など）を入力してください' });
  if (typeof content.perPerson !== 'boolean') problems.push({ path: 'perPerson', message: '1人ごとの様式かどうか（perPerson）を指定してください' });
  if (!content.paper || !['A4', 'A3'].includes(content.paper.size)) problems.push({ path: 'paper.size', message: '用紙の大きさは A4 か A3 にしてください' });
  if (!content.paper || !['portrait', 'landscape'].includes(content.paper.orientation)) problems.push({ path: 'paper.orientation', message: '用紙の向きは縦（portrait）か横（landscape）にしてください' });
  return problems;
}

function bindingProblems(field: FieldDefinition, path: string, perPerson: boolean): FormTemplateProblem[] {
  if (field.binding === undefined) return [];
  const name = `項目『${field.label}』`;
  if (field.type === 'signature') return [{ path, message: `${name}は署名のため、データを結び付けられません` }];
  const { problems, kind } = analyseBinding(field.binding);
  if (problems.length > 0) return problems.map((message) => ({ path, message: `${name}: ${message}` }));
  const issues: FormTemplateProblem[] = [];
  if (!perPerson && parseBinding(field.binding).root === 'person') {
    issues.push({ path, message: `${name}: 「person」は1人ごとの様式（perPerson）でだけ使えます。concerned[0] などを使ってください` });
  }
  if (field.type === 'date' && kind !== 'date' && kind !== 'any') {
    issues.push({ path, message: `${name}は日付の項目です。書式を付けずに日付（person.birthDate など）を結び付けてください（印刷で和暦になります）` });
  }
  if (field.type === 'checkbox' && kind !== 'boolean' && kind !== 'any') {
    issues.push({ path, message: `${name}はチェックボックスです。はい・いいえの回答（answers.<質問ID>）を結び付けてください` });
  }
  return issues;
}

function fieldProblems(field: FieldDefinition, index: number, perPerson: boolean): FormTemplateProblem[] {
  const base = `fields[${index}]`;
  const problems: FormTemplateProblem[] = [];
  const name = isBlank(field.label) ? `項目${index + 1}` : `項目『${field.label}』`;
  if (isBlank(field.label)) problems.push({ path: `${base}.label`, message: `${name}の名前（label）を入力してください` });
  if (!fieldTypes.includes(field.type)) problems.push({ path: `${base}.type`, message: `${name}の種類「${String(field.type)}」は使えません（${fieldTypes.join('、')}）` });
  if (typeof field.required !== 'boolean') problems.push({ path: `${base}.required`, message: `${name}が必須かどうか（required）を指定してください` });
  if (field.maxLength !== undefined && !(Number.isInteger(field.maxLength) && field.maxLength > 0)) {
    problems.push({ path: `${base}.maxLength`, message: `${name}の最大文字数は1以上の整数にしてください` });
  }
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
      if (isBlank(field.patternMessage)) problems.push({ path: `${base}.patternMessage`, message: `${name}の入力の形（pattern）に合わないときの説明（patternMessage）を入力してください` });
    } catch {
      problems.push({ path: `${base}.pattern`, message: `${name}の入力の形（pattern）「${field.pattern}」は正しい正規表現ではありません` });
    }
  }
  if (field.type === 'choice') {
    const choices = field.choices ?? [];
    if (choices.length === 0) problems.push({ path: `${base}.choices`, message: `${name}は選択肢の項目です。選択肢を1つ以上指定してください` });
    const values = new Set<string>();
    choices.forEach((choice, at) => {
      if (isBlank(choice.value) || isBlank(choice.label)) problems.push({ path: `${base}.choices[${at}]`, message: `${name}の選択肢${at + 1}に値と表示名を入力してください` });
      else if (values.has(choice.value)) problems.push({ path: `${base}.choices[${at}].value`, message: `${name}の選択肢「${choice.value}」が重複しています` });
      values.add(choice.value);
    });
  } else if (field.choices !== undefined) {
    problems.push({ path: `${base}.choices`, message: `${name}: 選択肢は種類が choice の項目だけに指定できます` });
  }
  return [...problems, ...bindingProblems(field, `${base}.binding`, perPerson)];
}

function fieldsProblems(fields: readonly FieldDefinition[], perPerson: boolean): FormTemplateProblem[] {
  const seen = new Set<string>();
  return fields.flatMap((field, index): FormTemplateProblem[] => {
    const path = `fields[${index}].id`;
    const problems: FormTemplateProblem[] = [];
    if (isBlank(field.id)) problems.push({ path, message: `項目${index + 1}のIDがありません` });
    else if (!FIELD_ID.test(field.id)) problems.push({ path, message: `項目ID「${field.id}」は英小文字・数字を下線でつないだ形（例: applicant_phone）にしてください` });
    else if (seen.has(field.id)) problems.push({ path, message: `項目ID「${field.id}」が重複しています` });
    seen.add(field.id);
    return [...problems, ...fieldProblems(field, index, perPerson)];
  });
}

/**
 * Every problem of a template, in Japanese with its place; empty when the template can be saved.
 * Checks: id (kebab-case), name, category, paper; fields (snake_case ids, unique, types, choices, patterns,
 * maxLength, bindings); pages (at least one, a QR code on each, elements inside the paper, font sizes,
 * references to existing fields of the right type); every field placed on some page; the 続紙 rules
 * (continuation-sheets.validation.ts).
 */
export function validateFormTemplate(content: FormTemplateContent): FormTemplateProblem[] {
  const problems = headerProblems(content);
  const fields: readonly FieldDefinition[] = Array.isArray(content.fields as unknown) ? content.fields : [];
  if (!Array.isArray(content.fields as unknown)) problems.push({ path: 'fields', message: '項目（fields）がありません' });
  problems.push(...fieldsProblems(fields, content.perPerson === true));

  const pages: FormTemplateContent['pages'] = Array.isArray(content.pages as unknown) ? content.pages : [];
  if (pages.length === 0) {
    problems.push({ path: 'pages', message: 'ページがありません。1ページ以上作成してください' });
    return problems;
  }
  const size = content.paper ? pageSize(content.paper.size, content.paper.orientation) : undefined;
  const byId = new Map(fields.map((field) => [field.id, field]));
  if (size) pages.forEach((page, index) => problems.push(...validatePage(page?.elements, index, size, byId)));
  if (size) problems.push(...continuationProblems({ ...content, fields, pages }, size));

  const placed = placedFieldIds(pages);
  fields.forEach((field, index) => {
    if (!isBlank(field.id) && !placed.has(field.id)) {
      problems.push({ path: `fields[${index}]`, message: `項目『${field.label}』が配置されていません（${field.id}）。どこかのページに置くか、項目を削除してください` });
    }
  });
  return problems;
}
