export interface FormFieldDto {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly required: boolean;
  readonly maxLength: number | null;
  readonly choices: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  readonly help: string | null;
  readonly value: string | boolean | null;
  /** known: from data already held; entered: typed at this visit; missing: required and empty. */
  readonly source: 'known' | 'entered' | 'empty';
  /** Whether another form of this visit has the same item (entered once, used everywhere). */
  readonly shared: boolean;
}

export interface SignatureFieldDto {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
  /** Signed on the touch panel. */
  readonly signed: boolean;
  /** Recorded by the clerk as signed on paper (printed empty, signed by hand). */
  readonly signedOnPaper: boolean;
}

export interface VisitFormDto {
  readonly formId: string;
  readonly templateId: string;
  readonly name: string;
  readonly version: number;
  readonly personName: string | null;
  readonly procedureNames: readonly string[];
  readonly fields: readonly FormFieldDto[];
  readonly missingRequired: readonly string[];
  /** Every signature box: required ones stop printing until signed (or recorded as signed on paper); optional ones (保証人, 証人) never do. */
  readonly signatureFields: readonly SignatureFieldDto[];
  /** The labels of the required boxes that stop printing now (neither signed nor recorded as signed on paper). */
  readonly signatureRequired: readonly string[];
  /** The clerk's record that required boxes were signed on paper (when printed), or null. */
  readonly signedOnPaper: { readonly note: string; readonly at: string } | null;
  readonly printedAt: string | null;
  readonly voided: boolean;
}

/** 申請書: every form of a visit, with what is known, what was entered and what is still missing. */
export interface VisitFormsDto {
  readonly visitId: string;
  readonly revision: number;
  readonly forms: readonly VisitFormDto[];
  /** Templates a procedure names but that are not published (or retired): shown so staff know. */
  readonly unavailableTemplates: readonly string[];
}
