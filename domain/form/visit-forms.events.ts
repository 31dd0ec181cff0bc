import type { DomainEvent } from '../shared';

export type FormValue = string | boolean | null;

/** A form of a visit was created, pre-filled from what was known then, on a published template version. */
export type FormFilled = DomainEvent<
  'FormFilled',
  {
    visitId: string;
    formId: string;
    templateId: string;
    version: number;
    /** The procedures that need this form. */
    procedureIds: string[];
    /** The person the form is for (per-person templates), else null. */
    personId: string | null;
    /** Field id → value known at filling (bound values), already formatted as printed. */
    prefilled: Record<string, FormValue>;
  }
>;

/**
 * The clerk (or the resident, with the clerk) entered or corrected items. formId null: visit-wide items
 * (asked once, used by every form of the visit that has a field with that id).
 */
export type FormCorrected = DomainEvent<'FormCorrected', { visitId: string; formId: string | null; values: Record<string, FormValue> }>;
/** Signed on the touch panel; the PNG travels base64-encoded. */
export type FormSigned = DomainEvent<'FormSigned', { visitId: string; formId: string; fieldId: string; png: string; signedAt: string }>;
export type FormPrinted = DomainEvent<'FormPrinted', { visitId: string; formIds: string[]; printedAt: string; printer: string }>;
export type FormVoided = DomainEvent<'FormVoided', { visitId: string; formId: string; reason: string; voidedAt: string }>;

export type VisitFormsEvent = FormFilled | FormCorrected | FormSigned | FormPrinted | FormVoided;

export const visitFormsEventTypes: readonly VisitFormsEvent['type'][] = ['FormFilled', 'FormCorrected', 'FormSigned', 'FormPrinted', 'FormVoided'];
