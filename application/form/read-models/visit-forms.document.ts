import type { VisitFormsEvent } from '../../../domain/form/visit-forms.events';
import type { RecordedDomainEvent } from '../../shared/events';

/*
 * The visit-forms read model's own document types, folded from Form's events (read through
 * visitFormsEvents) by the projection; the aggregate's VisitFormsState is the command side's alone.
 */

export type FieldValueDocument = string | boolean | null;

export interface FormDocument {
  readonly formId: string;
  readonly templateId: string;
  readonly version: number;
  readonly procedureIds: readonly string[];
  readonly personId: string | null;
  /** What was known at filling, by field id. */
  readonly prefilled: Readonly<Record<string, FieldValueDocument>>;
  /** This form's own corrections. */
  readonly corrections: Readonly<Record<string, FieldValueDocument>>;
  /** fieldId → base64 PNG */
  readonly signatures: Readonly<Record<string, string>>;
  readonly printedAt: string | null;
  /** Required signature boxes the clerk recorded as signed on paper when printing, with the latest note. */
  readonly signedOnPaper: SignedOnPaperDocument | null;
  readonly voided: boolean;
}

export interface SignedOnPaperDocument {
  readonly fieldIds: readonly string[];
  readonly note: string;
  readonly at: string;
}

export interface VisitFormsDocument {
  readonly visitId: string;
  readonly forms: readonly FormDocument[];
  /** Items entered once for the whole visit. */
  readonly shared: Readonly<Record<string, FieldValueDocument>>;
  /** The revision of the visit's forms stream last applied. */
  readonly revision: number;
}

/** What a field shows: the form's own correction, else the visit-wide entry, else what was known. */
export function shownValue(doc: VisitFormsDocument, form: FormDocument, fieldId: string): FieldValueDocument {
  if (fieldId in form.corrections) return form.corrections[fieldId] ?? null;
  if (fieldId in doc.shared) return doc.shared[fieldId] ?? null;
  return form.prefilled[fieldId] ?? null;
}

/** A visit's forms after one more of its events. Total and idempotent (at or below the revision: unchanged). */
export function evolveVisitFormsDocument(current: VisitFormsDocument | undefined, event: RecordedDomainEvent<VisitFormsEvent>): VisitFormsDocument {
  const doc = current ?? { visitId: event.data.visitId, forms: [], shared: {}, revision: -1 };
  if (event.revision <= doc.revision) return doc;
  const next = { ...doc, revision: event.revision };
  const update = (formId: string, change: (form: FormDocument) => FormDocument): VisitFormsDocument => ({
    ...next,
    forms: next.forms.map((form) => (form.formId === formId ? change(form) : form)),
  });
  switch (event.type) {
    case 'FormFilled': {
      const d = event.data;
      const form: FormDocument = {
        formId: d.formId,
        templateId: d.templateId,
        version: d.version,
        procedureIds: [...d.procedureIds],
        personId: d.personId,
        prefilled: { ...d.prefilled },
        corrections: {},
        signatures: {},
        printedAt: null,
        signedOnPaper: null,
        voided: false,
      };
      return { ...next, forms: [...next.forms, form] };
    }
    case 'FormCorrected': {
      const { formId, values } = event.data;
      return formId === null ? { ...next, shared: { ...next.shared, ...values } } : update(formId, (f) => ({ ...f, corrections: { ...f.corrections, ...values } }));
    }
    case 'FormSigned':
      return update(event.data.formId, (f) => ({ ...f, signatures: { ...f.signatures, [event.data.fieldId]: event.data.png } }));
    case 'FormPrinted': {
      const { formIds, printedAt, signedOnPaper } = event.data;
      return {
        ...next,
        forms: next.forms.map((f) => {
          if (!formIds.includes(f.formId)) return f;
          const fieldIds = signedOnPaper?.forms.find((p) => p.formId === f.formId)?.fieldIds ?? [];
          const paper = signedOnPaper && fieldIds.length > 0 ? { fieldIds: [...new Set([...(f.signedOnPaper?.fieldIds ?? []), ...fieldIds])], note: signedOnPaper.note, at: printedAt } : f.signedOnPaper;
          return { ...f, printedAt, signedOnPaper: paper };
        }),
      };
    }
    case 'FormVoided':
      return update(event.data.formId, (f) => ({ ...f, voided: true }));
    default:
      return next;
  }
}
