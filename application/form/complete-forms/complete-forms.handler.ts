import type { FormSignatureBoxes } from '../../../domain/form/visit-forms.decider';
import type { FieldDefinition } from '../../../domain/form/form-template.types';
import { signatureBoxes } from '../../../domain/form/signature-boxes';
import type { FormValue } from '../../../domain/form/visit-forms.events';
import { type CommandMetadata, DomainError } from '../../../domain/shared';
import type { ReadModelStore } from '../../shared/projections';
import { visitNotFound } from '../../visit';
import type { FormTemplatesLookup } from '../form-templates.lookup';
import type { VisitFactsDocument } from '../read-models/visit-facts.document';
import { visitFactsProjection } from '../read-models/visit-facts.projection';
import type { VisitFormsDocument } from '../read-models/visit-forms.document';
import { visitFormsProjection } from '../read-models/visit-forms.projection';
import type { VisitFormsRunner } from '../visit-forms.runner';
import { checkFieldValue, normalizeFieldValue } from './field-value.validation';

/** Staff complete and correct items (once for the visit, or on one form), sign, print and void forms. */
export class CompleteFormsHandler {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly templates: FormTemplatesLookup,
    private readonly forms: VisitFormsRunner,
  ) {}

  /** formId null: visit-wide (every form with that item); else only that form. Every problem is listed; nothing is saved if one is wrong. */
  enter(visitId: string, formId: string | null, values: Readonly<Record<string, FormValue>>, metadata: CommandMetadata, expectedRevision?: number) {
    const state = this.formsOfVisit(visitId);
    const fields = this.fieldsOf(state, formId);
    const problems: Array<{ field: string; message: string }> = [];
    const normalized: Record<string, FormValue> = {};
    for (const [id, raw] of Object.entries(values)) {
      const field = fields.get(id);
      if (!field) {
        problems.push({ field: id, message: `項目「${id}」はこの申請書にありません。` });
        continue;
      }
      const value = normalizeFieldValue(field, raw);
      const message = checkFieldValue(field, value);
      if (message) problems.push({ field: id, message });
      else normalized[id] = value;
    }
    if (problems.length > 0) {
      throw new DomainError('FORM.INVALID_VALUES', 'invalid', `入力内容を確認してください（${problems.length}件）: ${problems[0]!.message}`, problems);
    }
    return this.forms.run(visitId, [{ type: 'CorrectForms', data: { visitId, formId, values: normalized }, metadata }], expectedRevision);
  }

  sign(visitId: string, formId: string, fieldId: string, png: string, metadata: CommandMetadata) {
    const state = this.formsOfVisit(visitId);
    const field = this.fieldsOf(state, formId).get(fieldId);
    if (!field || field.type !== 'signature') throw new DomainError('FORM.NOT_A_SIGNATURE', 'invalid', `項目「${fieldId}」は署名欄ではありません。`);
    const base64 = png.replace(/^data:image\/png;base64,/, '');
    return this.forms.run(visitId, [{ type: 'SignForm', data: { visitId, formId, fieldId, png: base64 }, metadata }]);
  }

  /**
   * Printed. A form with an empty required signature box is refused unless signedOnPaper records that the
   * resident signed on paper (the note is kept on the event and shown on the visit's timeline).
   */
  recordPrinted(visitId: string, formIds: readonly string[], printer: string, signedOnPaper: { note: string } | null, metadata: CommandMetadata) {
    const state = this.formsOfVisit(visitId);
    const boxes: FormSignatureBoxes[] = state.forms.flatMap((form) => {
      const template = formIds.includes(form.formId) ? this.templates.version(form.templateId, form.version) : undefined;
      return template ? [{ formId: form.formId, formName: template.name, boxes: signatureBoxes(template.fields) }] : [];
    });
    return this.forms.run(visitId, [{ type: 'RecordFormsPrinted', data: { visitId, formIds, printer, signatureBoxes: boxes, signedOnPaper }, metadata }]);
  }

  void(visitId: string, formId: string, reason: string, metadata: CommandMetadata, expectedRevision?: number) {
    this.formsOfVisit(visitId);
    return this.forms.run(visitId, [{ type: 'VoidForm', data: { visitId, formId, reason }, metadata }], expectedRevision);
  }

  /** The visit's forms document; refuses a visit Form does not know, or one with no forms yet. */
  private formsOfVisit(visitId: string): VisitFormsDocument {
    if (!this.readModels.get<VisitFactsDocument>(visitFactsProjection.readModel, visitId)) throw visitNotFound();
    const forms = this.readModels.get<VisitFormsDocument>(visitFormsProjection.readModel, visitId);
    if (!forms) throw new DomainError('FORM.NONE_YET', 'conflict', 'この来庁受付にはまだ申請書がありません。先に「申請書を作成」してください。');
    return forms;
  }

  /** The fields of one form, or of every live form of the visit (the first definition of a shared id wins). */
  private fieldsOf(state: VisitFormsDocument, formId: string | null): Map<string, FieldDefinition> {
    const forms = state.forms.filter((f) => !f.voided && (formId === null || f.formId === formId));
    if (formId !== null && forms.length === 0) throw new DomainError('FORM.NOT_FOUND', 'not_found', '指定された申請書は見つかりません。');
    const fields = new Map<string, FieldDefinition>();
    for (const form of forms) {
      for (const field of this.templates.version(form.templateId, form.version)?.fields ?? []) if (!fields.has(field.id)) fields.set(field.id, field);
    }
    return fields;
  }
}
