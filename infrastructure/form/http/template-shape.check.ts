import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { HttpProblem } from '../../http/http-problem';

/** The outer shape a template file must have before the domain checks it in detail. */
export function asTemplateContent(value: Record<string, unknown>, expectedId?: string): FormTemplateContent {
  const problems: Array<{ field: string; message: string }> = [];
  if (typeof value['id'] !== 'string') problems.push({ field: 'id', message: '様式の id がありません。' });
  if (typeof value['name'] !== 'string') problems.push({ field: 'name', message: '様式名（name）がありません。' });
  if (!Array.isArray(value['fields'])) problems.push({ field: 'fields', message: '項目（fields）は配列です。' });
  if (!Array.isArray(value['pages'])) problems.push({ field: 'pages', message: 'ページ（pages）は配列です。' });
  if (typeof value['paper'] !== 'object' || value['paper'] === null) problems.push({ field: 'paper', message: '用紙（paper）を指定してください。' });
  if (problems.length > 0) throw new HttpProblem(400, 'FORM_TEMPLATE.MALFORMED', `様式ファイルの形式が正しくありません: ${problems[0]!.message}`, problems);
  if (expectedId !== undefined && value['id'] !== expectedId) {
    throw new HttpProblem(400, 'FORM_TEMPLATE.ID_MISMATCH', `URL の id「${expectedId}」と様式の id「${String(value['id'])}」が違います。`);
  }
  return value as unknown as FormTemplateContent;
}
