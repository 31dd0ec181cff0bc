import { aForm } from '../visits/forms/visit-forms.fixture';
import { boxesToSign, extendSequence, waitingForms } from './signing-sequence';

const applicant = { id: 'applicant_signature', label: '届出人 署名', required: true, signed: false, signedOnPaper: false };
const guarantor = { id: 'guarantor_signature', label: '保証人 署名', required: false, signed: false, signedOnPaper: false };
const inkan = (extra: Parameters<typeof aForm>[0] = {}) =>
  aForm({ formId: 'f-2', name: '印鑑登録申請書', signatureFields: [guarantor, applicant], signatureRequired: ['届出人 署名'], ...extra });

describe('the signing sequence of the touch panel', () => {
  it('waits for forms with an empty required box, not for voided ones nor those signed on paper', () => {
    const forms = [
      aForm({ formId: 'f-1' }),
      inkan(),
      aForm({ formId: 'f-3', voided: true }),
      aForm({ formId: 'f-4', signatureFields: [{ ...applicant, signedOnPaper: true }], signatureRequired: [] }),
    ];
    expect(waitingForms(forms).map((form) => form.formId)).toEqual(['f-1', 'f-2']);
  });

  it('does not come back for an optional 保証人 box once the required box is signed', () => {
    expect(waitingForms([inkan({ signatureFields: [guarantor, { ...applicant, signed: true }], signatureRequired: [] })])).toEqual([]);
  });

  it('asks a form whose boxes are all optional while none of them is signed', () => {
    const witnesses = aForm({ formId: 'f-5', signatureFields: [guarantor], signatureRequired: [] });
    expect(waitingForms([witnesses])).toEqual([witnesses]);
    expect(waitingForms([aForm({ formId: 'f-5', signatureFields: [{ ...guarantor, signed: true }], signatureRequired: [] })])).toEqual([]);
  });

  it('asks every box still empty, in the template order, leaving out those handled at the panel', () => {
    expect(boxesToSign(inkan(), new Set()).map((box) => box.key)).toEqual(['f-2/guarantor_signature', 'f-2/applicant_signature']);
    expect(boxesToSign(inkan(), new Set(['f-2/guarantor_signature'])).map((box) => box.field.id)).toEqual(['applicant_signature']);
  });

  it('keeps the order it started with and appends a form that comes to wait later', () => {
    const first = extendSequence([], [aForm({ formId: 'f-1' }), inkan()]);
    expect(first).toEqual(['f-1', 'f-2']);
    const signedFirst = [aForm({ formId: 'f-1', signatureFields: [{ ...applicant, signed: true }], signatureRequired: [] }), inkan(), aForm({ formId: 'f-9' })];
    expect(extendSequence(first, signedFirst)).toEqual(['f-1', 'f-2', 'f-9']);
    expect(extendSequence(first, [inkan()])).toBe(first);
  });
});
