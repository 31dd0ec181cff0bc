import type { FormTemplateDetailDto, FormTemplateSummaryDto, TemplateChangedDto } from '@madoguchi/application/form/read-models/form-template-list.dto';

/** The form-template endpoints' answers: the server's published DTOs, under the names the UI uses. */
export type FormTemplateSummary = FormTemplateSummaryDto;
/** GET /api/form-templates/:id: the server's document plus the procedures that use the template. */
export type FormTemplateDocumentDto = FormTemplateDetailDto;
export type TemplateChanged = TemplateChangedDto;

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
