import type { SignatureFieldDto, VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';

/** A signature box the resident is asked for on the panel, keyed `<formId>/<fieldId>`. */
export interface PanelBox {
  readonly key: string;
  readonly formId: string;
  readonly field: SignatureFieldDto;
}

export const boxKey = (formId: string, fieldId: string): string => `${formId}/${fieldId}`;

/**
 * The forms that wait for the resident at the panel: live forms with a required box still empty (not signed,
 * not recorded as signed on paper), and forms whose boxes are all optional while none of them is signed yet.
 * A form whose required boxes are signed does not come back for an optional box (保証人) left empty.
 */
export function waitingForms(forms: readonly VisitFormDto[]): VisitFormDto[] {
  return forms.filter((form) => {
    if (form.voided) return false;
    if (form.signatureRequired.length > 0) return true;
    const boxes = form.signatureFields;
    return boxes.length > 0 && boxes.every((box) => !box.required && !box.signed && !box.signedOnPaper);
  });
}

/** The boxes of a form still to sign, in the template's order, leaving out those handled at this panel (signed or skipped). */
export function boxesToSign(form: VisitFormDto, handled: ReadonlySet<string>): PanelBox[] {
  return form.signatureFields
    .filter((field) => !field.signed && !field.signedOnPaper && !handled.has(boxKey(form.formId, field.id)))
    .map((field) => ({ key: boxKey(form.formId, field.id), formId: form.formId, field }));
}

/** The sequence so far with the forms now waiting appended (a form the clerk adds meanwhile joins at the end). */
export function extendSequence(sequence: readonly string[], forms: readonly VisitFormDto[]): readonly string[] {
  const added = waitingForms(forms).map((form) => form.formId).filter((id) => !sequence.includes(id));
  return added.length === 0 ? sequence : [...sequence, ...added];
}
