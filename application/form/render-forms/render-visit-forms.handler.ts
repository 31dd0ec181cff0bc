import { parseContinuationKey } from '../../../domain/form/continuation-sheets';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { signatureBoxes, unsignedRequiredBoxes } from '../../../domain/form/signature-boxes';
import { type MissingSignature, visitFormsErrors } from '../../../domain/form/visit-forms.errors';
import { DomainError, formatEraDate } from '../../../domain/shared';
import type { ReadModelStore } from '../../shared/projections';
import { visitNotFound } from '../../visit';
import type { FormRenderer, RenderDocument } from '../form-renderer.port';
import type { FormTemplatesLookup } from '../form-templates.lookup';
import type { VisitFactsDocument } from '../read-models/visit-facts.document';
import { visitFactsProjection } from '../read-models/visit-facts.projection';
import { shownValue, type VisitFormsDocument } from '../read-models/visit-forms.document';
import { visitFormsProjection } from '../read-models/visit-forms.projection';
import { missingRequired } from '../read-models/visit-forms.query';

/** Values as printed: ISO dates of date fields in the Japanese era. */
export function printable(template: FormTemplateContent, fieldId: string, value: string | boolean | null): string | boolean | null {
  const field = template.fields.find((f) => f.id === fieldId);
  if (field?.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatEraDate(value, 'long');
  return value;
}

/** The rows of a form's 続紙 as printed (`concerned_1_name@2` …), read as they were filled (never corrected). */
export function printableContinuations(template: FormTemplateContent, prefilled: Readonly<Record<string, string | boolean | null>>): Record<string, string | boolean | null> {
  return Object.fromEntries(
    Object.entries(prefilled).flatMap(([key, value]) => {
      const parsed = parseContinuationKey(key);
      return parsed ? [[key, printable(template, parsed.fieldId, value)]] : [];
    }),
  );
}

/** The QR on every page: which form, which version; no personal data. */
export const formQrPayload = (formId: string, version: number) => `MDG1:form:${formId}:v${version}`;

/**
 * A visit's forms as one PDF (all, or the ones asked for). Refused while a required item is empty, then while a
 * required signature box is neither signed nor recorded as signed on paper (the decider's rule for printing).
 */
export class RenderVisitFormsHandler {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly templates: FormTemplatesLookup,
    private readonly renderer: FormRenderer,
  ) {}

  async execute(visitId: string, formIds: readonly string[] | 'all'): Promise<Buffer> {
    if (!this.readModels.get<VisitFactsDocument>(visitFactsProjection.readModel, visitId)) throw visitNotFound();
    const state = this.readModels.get<VisitFormsDocument>(visitFormsProjection.readModel, visitId);
    const forms = (state?.forms ?? []).filter((f) => !f.voided && (formIds === 'all' || formIds.includes(f.formId)));
    if (!state || forms.length === 0) throw new DomainError('FORM.NOTHING_TO_PRINT', 'not_found', '印刷する申請書がありません。');
    const documents: RenderDocument[] = [];
    const missing: Array<{ field: string; message: string }> = [];
    const unsigned: MissingSignature[] = [];
    for (const form of forms) {
      const template = this.templates.version(form.templateId, form.version);
      if (!template) throw new DomainError('FORM_TEMPLATE.VERSION_MISSING', 'conflict', `様式「${form.templateId}」第${form.version}版が見つかりません。`);
      for (const label of missingRequired(state, form, template)) missing.push({ field: `${form.formId}.${label}`, message: `${template.name}: ${label}が未入力です。` });
      for (const box of unsignedRequiredBoxes(signatureBoxes(template.fields), form.signatures, form.signedOnPaper?.fieldIds ?? [])) {
        unsigned.push({ formId: form.formId, formName: template.name, fieldId: box.fieldId, label: box.label });
      }
      const values = {
        ...printableContinuations(template, form.prefilled),
        ...Object.fromEntries(template.fields.map((f) => [f.id, printable(template, f.id, shownValue(state, form, f.id))])),
      };
      const signatures = Object.fromEntries(Object.entries(form.signatures).map(([id, png]) => [id, { png: Buffer.from(png, 'base64') }]));
      documents.push({ template, values, signatures, qrPayload: formQrPayload(form.formId, form.version) });
    }
    if (missing.length > 0) {
      throw new DomainError('FORM.MISSING_REQUIRED', 'invalid', `必須項目が未入力のため印刷できません（${missing.length}件）: ${missing[0]!.message}`, missing);
    }
    if (unsigned.length > 0) throw visitFormsErrors.signatureRequired(unsigned);
    return this.renderer.render(documents);
  }
}
