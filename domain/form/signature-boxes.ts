import type { FieldDefinition } from './form-template.types';

/** A signature box of a template (署名欄) and whether the form may be printed while it is empty. */
export interface SignatureBox {
  readonly fieldId: string;
  readonly label: string;
  /** Required: printing waits for it (or for the clerk's record that it was signed on paper). Optional (保証人, 証人): never blocks. */
  readonly required: boolean;
}

/** The signature boxes of a template's fields, in the template's order. */
export function signatureBoxes(fields: readonly FieldDefinition[]): SignatureBox[] {
  return fields.filter((field) => field.type === 'signature').map((field) => ({ fieldId: field.id, label: field.label, required: field.required }));
}

/**
 * What stops a form from printing: its required boxes that are neither signed on the touch panel nor recorded
 * as signed on paper. The decider (printing recorded) and the PDF (printing itself) apply this one rule.
 */
export function unsignedRequiredBoxes(
  boxes: readonly SignatureBox[],
  signatures: Readonly<Record<string, string>>,
  signedOnPaper: readonly string[],
): SignatureBox[] {
  return boxes.filter((box) => box.required && !(box.fieldId in signatures) && !signedOnPaper.includes(box.fieldId));
}
