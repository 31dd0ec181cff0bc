import type { FormTemplateDocument } from '@madoguchi/application/form/read-models/form-template.dto';

/** The form-template endpoints' answers, as the UI reads them. */
export interface FormTemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly publishedVersion: number | null;
  readonly hasDraft: boolean;
  readonly retired: boolean;
  readonly updatedAt: string;
  readonly pages: number;
  readonly procedureIds: readonly string[];
}

/** GET /api/form-templates/:id: the server's document plus the procedures that use the template. */
export interface FormTemplateDocumentDto extends FormTemplateDocument {
  readonly procedureIds: readonly string[];
}

export interface TemplateChanged {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
}

/** One problem the server found in a template: where (`pages[0].elements[3].box`) and what, in Japanese. */
export interface TemplateProblem {
  readonly field: string;
  readonly message: string;
}

/** 公開中 第2版 / 下書きあり / 廃止 / 未公開 */
export function statusLabels(template: Pick<FormTemplateSummary, 'publishedVersion' | 'hasDraft' | 'retired'>): string[] {
  const labels: string[] = [];
  if (template.retired) labels.push('廃止');
  else if (template.publishedVersion !== null) labels.push(`公開中 第${template.publishedVersion}版`);
  else labels.push('未公開');
  if (template.hasDraft) labels.push('下書きあり');
  return labels;
}
