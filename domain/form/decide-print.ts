import type { CommandMetadata } from '../shared';
import type { SignatureBox } from './signature-boxes';
import { unsignedRequiredBoxes } from './signature-boxes';
import type { FormPrinted } from './visit-forms.events';
import { type MissingSignature, visitFormsErrors } from './visit-forms.errors';
import type { FormInstance, VisitFormsState } from './visit-forms.state';

/** The signature boxes of one form's template version, given by the use case (it knows the templates). */
export interface FormSignatureBoxes {
  readonly formId: string;
  /** The template's name, for the message. */
  readonly formName: string;
  readonly boxes: readonly SignatureBox[];
}

/**
 * Record that forms were printed. A form whose required signature box is empty is refused, unless the clerk
 * records that the resident signed on paper (紙で署名済み) with a note; optional boxes (保証人, 証人) never block.
 */
export interface RecordFormsPrinted {
  readonly type: 'RecordFormsPrinted';
  readonly data: {
    readonly visitId: string;
    readonly formIds: readonly string[];
    readonly printer: string;
    /** Every printed form's signature boxes (a form not listed has none). */
    readonly signatureBoxes: readonly FormSignatureBoxes[];
    /** The clerk's record that the empty required boxes are signed on paper, or null. */
    readonly signedOnPaper: { readonly note: string } | null;
  };
  readonly metadata: CommandMetadata;
}

export function decidePrint(command: RecordFormsPrinted, state: VisitFormsState, live: (formId: string) => FormInstance): FormPrinted[] {
  const { visitId, formIds, printer, signatureBoxes, signedOnPaper } = command.data;
  const missing: MissingSignature[] = formIds.flatMap((formId) => {
    const form = live(formId);
    const boxes = signatureBoxes.find((b) => b.formId === formId);
    if (!boxes) return [];
    return unsignedRequiredBoxes(boxes.boxes, form.signatures, form.signedOnPaper).map((box) => ({ formId, formName: boxes.formName, fieldId: box.fieldId, label: box.label }));
  });
  const note = signedOnPaper?.note.trim() ?? '';
  if (signedOnPaper && !note) throw visitFormsErrors.paperNoteRequired();
  if (missing.length > 0 && !signedOnPaper) throw visitFormsErrors.signatureRequired(missing);
  const forms = [...new Set(missing.map((m) => m.formId))].map((formId) => ({ formId, fieldIds: missing.filter((m) => m.formId === formId).map((m) => m.fieldId) }));
  return [
    {
      type: 'FormPrinted',
      data: { visitId, formIds: [...formIds], printedAt: command.metadata.now, printer, signedOnPaper: forms.length > 0 ? { note, forms } : null },
    },
  ];
}
