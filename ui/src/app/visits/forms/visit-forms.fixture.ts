import type { FormFieldDto, VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';

/** Test data: forms of a visit as the server would describe them (used by specs only). */
export function aField(extra: Partial<FormFieldDto> = {}): FormFieldDto {
  return {
    id: 'applicant_name',
    label: '届出人 氏名',
    type: 'text',
    required: true,
    maxLength: 40,
    choices: [],
    help: null,
    value: '花巻 太郎',
    source: 'known',
    shared: false,
    ...extra,
  };
}

export function aForm(extra: Partial<VisitFormDto> = {}): VisitFormDto {
  return {
    formId: 'f-1',
    templateId: 'jumin-ido-todoke',
    name: '住民異動届',
    version: 1,
    personName: null,
    procedureNames: ['転入届'],
    fields: [aField()],
    missingRequired: [],
    signatureFields: [{ id: 'applicant_signature', label: '届出人 署名', required: true, signed: false, signedOnPaper: false }],
    signatureRequired: ['届出人 署名'],
    signedOnPaper: null,
    printedAt: null,
    voided: false,
    ...extra,
  };
}

export const phone = (extra: Partial<FormFieldDto> = {}): FormFieldDto =>
  aField({ id: 'applicant_phone', label: '届出人 電話番号', type: 'phone', required: false, maxLength: null, value: null, source: 'empty', shared: true, ...extra });
