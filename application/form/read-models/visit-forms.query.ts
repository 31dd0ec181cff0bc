import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { signatureBoxes, unsignedRequiredBoxes } from '../../../domain/form/signature-boxes';
import type { CatalogueQueries } from '../../procedure';
import type { ReadModelStore } from '../../shared/projections';
import { visitNotFound } from '../../visit';
import type { FormTemplatesLookup } from '../form-templates.lookup';
import type { VisitFactsDocument } from './visit-facts.document';
import { visitFactsProjection } from './visit-facts.projection';
import { type FormDocument, shownValue, type VisitFormsDocument } from './visit-forms.document';
import { visitFormsProjection } from './visit-forms.projection';
import type { FormFieldDto, VisitFormDto, VisitFormsDto } from './visit-forms.dto';

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** The required items of a form still empty, by label. */
export function missingRequired(doc: VisitFormsDocument, form: FormDocument, template: FormTemplateContent): string[] {
  return template.fields.filter((f) => f.required && f.type !== 'signature' && isEmpty(shownValue(doc, form, f.id))).map((f) => f.label);
}

/** 申請書一覧: each form with every item, where its value came from, and what is missing. */
export class VisitFormsQuery {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly templates: FormTemplatesLookup,
    private readonly catalogue: CatalogueQueries,
  ) {}

  forms(visitId: string): VisitFormsDto {
    const visit = this.readModels.get<VisitFactsDocument>(visitFactsProjection.readModel, visitId);
    if (!visit) throw visitNotFound();
    const state: VisitFormsDocument = this.readModels.get<VisitFormsDocument>(visitFormsProjection.readModel, visitId) ?? { visitId, forms: [], shared: {}, revision: -1 };
    const persons = new Map(visit.persons.map((p) => [p.personId, p.name]));
    const { catalogue } = this.catalogue.current();
    const live = state.forms.filter((f) => !f.voided);
    const counts = new Map<string, number>();
    for (const form of live) for (const field of this.templates.version(form.templateId, form.version)?.fields ?? []) counts.set(field.id, (counts.get(field.id) ?? 0) + 1);
    const needed = new Set(visit.procedures.flatMap((i) => catalogue.procedures.find((p) => p.id === i.procedureId)?.formIds ?? []));
    return {
      visitId,
      revision: state.revision,
      forms: state.forms.flatMap((form): VisitFormDto[] => {
        const template = this.templates.version(form.templateId, form.version);
        if (!template) return [];
        const fields = template.fields.filter((f) => f.type !== 'signature').map((field): FormFieldDto => {
          const value = shownValue(state, form, field.id);
          const entered = field.id in form.corrections || field.id in state.shared;
          return {
            id: field.id,
            label: field.label,
            type: field.type,
            required: field.required,
            maxLength: field.maxLength ?? null,
            choices: field.choices ?? [],
            help: field.help ?? null,
            value,
            source: isEmpty(value) ? 'empty' : entered ? 'entered' : 'known',
            shared: (counts.get(field.id) ?? 0) > 1,
          };
        });
        const boxes = signatureBoxes(template.fields);
        const onPaper = form.signedOnPaper?.fieldIds ?? [];
        return [
          {
            formId: form.formId,
            templateId: form.templateId,
            name: template.name,
            version: form.version,
            personName: form.personId ? (persons.get(form.personId) ?? null) : null,
            procedureNames: form.procedureIds.map((id) => catalogue.procedures.find((p) => p.id === id)?.name ?? id),
            fields,
            missingRequired: missingRequired(state, form, template),
            signatureFields: boxes.map((box) => ({
              id: box.fieldId,
              label: box.label,
              required: box.required,
              signed: box.fieldId in form.signatures,
              signedOnPaper: onPaper.includes(box.fieldId),
            })),
            signatureRequired: unsignedRequiredBoxes(boxes, form.signatures, onPaper).map((box) => box.label),
            signedOnPaper: form.signedOnPaper ? { note: form.signedOnPaper.note, at: form.signedOnPaper.at } : null,
            printedAt: form.printedAt,
            voided: form.voided,
          },
        ];
      }),
      unavailableTemplates: [...needed].filter((id) => !this.templates.publishedFor(id)),
    };
  }
}
