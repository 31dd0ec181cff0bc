import type { FormValue } from './visit-forms.events';

export interface FormInstance {
  readonly formId: string;
  readonly templateId: string;
  readonly version: number;
  readonly procedureIds: readonly string[];
  readonly personId: string | null;
  readonly prefilled: Readonly<Record<string, FormValue>>;
  /** This form's own corrections. */
  readonly corrections: Readonly<Record<string, FormValue>>;
  /** fieldId → base64 PNG */
  readonly signatures: Readonly<Record<string, string>>;
  readonly printedAt: string | null;
  /** Required signature boxes recorded as signed on paper when the form was printed (fieldIds). */
  readonly signedOnPaper: readonly string[];
  readonly voided: boolean;
}

export interface VisitFormsState {
  readonly visitId: string | null;
  readonly forms: readonly FormInstance[];
  /** Items entered once for the whole visit. */
  readonly shared: Readonly<Record<string, FormValue>>;
}

export const initialVisitFormsState: VisitFormsState = { visitId: null, forms: [], shared: {} };

/** What a field shows: the form's own correction, else the visit-wide entry, else what was known. */
export function effectiveValue(state: VisitFormsState, form: FormInstance, fieldId: string): FormValue {
  if (fieldId in form.corrections) return form.corrections[fieldId] ?? null;
  if (fieldId in state.shared) return state.shared[fieldId] ?? null;
  return form.prefilled[fieldId] ?? null;
}
