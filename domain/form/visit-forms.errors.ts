import { DomainError } from '../shared';

/** A required signature box still empty on one form (what FORM.SIGNATURE_REQUIRED lists). */
export interface MissingSignature {
  readonly formId: string;
  readonly formName: string;
  readonly fieldId: string;
  readonly label: string;
}

/** The broken rules of a visit's forms, each with a stable code and a Japanese message staff can act on. */
export const visitFormsErrors = {
  unknownForm: () => new DomainError('FORM.NOT_FOUND', 'not_found', '指定された申請書は見つかりません。'),
  voided: () => new DomainError('FORM.VOIDED', 'conflict', 'この申請書は無効にされています。'),
  reasonRequired: () => new DomainError('FORM.REASON_REQUIRED', 'invalid', '無効にする理由を入力してください。'),
  emptySignature: () => new DomainError('FORM.SIGNATURE_EMPTY', 'invalid', '署名がありません。タッチパネルに署名してください。'),
  signatureRequired: (missing: readonly MissingSignature[]) => {
    const first = missing[0];
    return new DomainError(
      'FORM.SIGNATURE_REQUIRED',
      'invalid',
      `署名が必要なため印刷できません（${missing.length}件）: ${first ? `${first.formName}の「${first.label}」` : ''}。` +
        'タッチパネルで署名していただくか、紙に署名していただいたときは「紙で署名済みとして印刷」でそのことを記録してください。',
      missing.map((m) => ({ field: `${m.formId}.${m.fieldId}`, message: `${m.formName}: 「${m.label}」の署名が必要です。` })),
    );
  },
  paperNoteRequired: () =>
    new DomainError('FORM.PAPER_NOTE_REQUIRED', 'invalid', '紙で署名済みとして印刷するときは、メモを入力してください（例：印刷した申請書にご本人が自署）。'),
};
