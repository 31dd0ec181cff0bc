import type { DomainEvent } from '../shared';

export type FormValue = string | boolean | null;

/*
 * Payloads, one type per event and schema version (<Event>V<n>); the event types name the current one. A
 * stored event is never changed: a new shape is a new version in visitFormsEventSchemaVersions with an
 * upcaster from the one before (application/form/form-events.reader.ts).
 */

/** A form of a visit was created, pre-filled from what was known then, on a published template version. */
export interface FormFilledV1 {
  readonly visitId: string;
  readonly formId: string;
  readonly templateId: string;
  readonly version: number;
  /** The procedures that need this form. */
  readonly procedureIds: readonly string[];
  /** The person the form is for (per-person templates), else null. */
  readonly personId: string | null;
  /** Field id → value known at filling (bound values), already formatted as printed. */
  readonly prefilled: Readonly<Record<string, FormValue>>;
}
/**
 * The clerk (or the resident, with the clerk) entered or corrected items. formId null: visit-wide items
 * (asked once, used by every form of the visit that has a field with that id).
 */
export interface FormCorrectedV1 {
  readonly visitId: string;
  readonly formId: string | null;
  readonly values: Readonly<Record<string, FormValue>>;
}
/** Signed on the touch panel; the PNG travels base64-encoded. */
export interface FormSignedV1 {
  readonly visitId: string;
  readonly formId: string;
  readonly fieldId: string;
  readonly png: string;
  readonly signedAt: string;
}
export interface FormPrintedV1 {
  readonly visitId: string;
  readonly formIds: readonly string[];
  readonly printedAt: string;
  readonly printer: string;
}
/**
 * Printed; v2 adds why a form with an empty required signature box could be printed: the clerk recorded that
 * the resident signed on paper (紙で署名済み) with a note. null: every required box was signed on the panel.
 * Read from v1 with signedOnPaper null (no v1 print had such a reason).
 */
export interface FormPrintedV2 {
  readonly visitId: string;
  readonly formIds: readonly string[];
  readonly printedAt: string;
  readonly printer: string;
  readonly signedOnPaper: SignedOnPaperV2 | null;
}
export interface SignedOnPaperV2 {
  /** The clerk's free-text note (who signed, how: 「印刷した申請書にご本人が自署」). */
  readonly note: string;
  /** The forms printed with required boxes empty, and which boxes: those are signed by hand on the paper. */
  readonly forms: ReadonlyArray<{ readonly formId: string; readonly fieldIds: readonly string[] }>;
}
export interface FormVoidedV1 {
  readonly visitId: string;
  readonly formId: string;
  readonly reason: string;
  readonly voidedAt: string;
}

export type FormFilled = DomainEvent<'FormFilled', FormFilledV1>;
export type FormCorrected = DomainEvent<'FormCorrected', FormCorrectedV1>;
export type FormSigned = DomainEvent<'FormSigned', FormSignedV1>;
export type FormPrinted = DomainEvent<'FormPrinted', FormPrintedV2>;
export type FormVoided = DomainEvent<'FormVoided', FormVoidedV1>;

export type VisitFormsEvent = FormFilled | FormCorrected | FormSigned | FormPrinted | FormVoided;

/** The schema version each event is written at today (metadata.schemaVersion). */
export const visitFormsEventSchemaVersions: Readonly<Record<VisitFormsEvent['type'], number>> = {
  FormFilled: 1,
  FormCorrected: 1,
  FormSigned: 1,
  FormPrinted: 2,
  FormVoided: 1,
};

export const visitFormsEventTypes = Object.keys(visitFormsEventSchemaVersions) as readonly VisitFormsEvent['type'][];
