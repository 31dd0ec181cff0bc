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

export interface VisitFormDto {
  readonly formId: string;
  readonly templateId: string;
  readonly name: string;
  readonly version: number;
  readonly personName: string | null;
  readonly procedureNames: readonly string[];
  readonly fields: readonly FormFieldDto[];
  readonly missingRequired: readonly string[];
  readonly signatureFields: ReadonlyArray<{ readonly id: string; readonly label: string; readonly signed: boolean }>;
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
