import { type FormToFill, visitFormsDecider } from '../../../domain/form/visit-forms.decider';
import type { VisitFormsEvent } from '../../../domain/form/visit-forms.events';
import { effectiveValue } from '../../../domain/form/visit-forms.state';
import type { DomainError } from '../../../domain/shared';
import { deciderSpec } from '../../support/given-when-then';

const spec = deciderSpec(visitFormsDecider);
const metadata = { now: '2026-11-24T01:00:00.000Z', actor: 'staff-1', correlationId: 'c' };
const v = 'v-1';
const filled = (formId: string, templateId: string, personId: string | null = null): VisitFormsEvent => ({
  type: 'FormFilled',
  data: { visitId: v, formId, templateId, version: 1, procedureIds: ['p'], personId, prefilled: { applicant_name: '花巻 太郎', applicant_phone: null } },
});
const png = 'iVBORw0KGgo'.padEnd(200, 'A');

describe("a visit's forms", () => {
  it('fills new forms once per template and person, keeping the forms already there', () => {
    const forms: FormToFill[] = [
      { formId: 'f-2', templateId: 'jumin-ido-todoke', version: 1, procedureIds: ['tennyu-todoke'], personId: null, prefilled: {} },
      { formId: 'f-3', templateId: 'kokuho-shikaku-todoke', version: 2, procedureIds: ['kokuho-kanyu'], personId: null, prefilled: { name: 'x' } },
    ];
    spec([filled('f-1', 'jumin-ido-todoke')])
      .when({ type: 'FillForms', data: { visitId: v, forms }, metadata })
      .then([{ type: 'FormFilled', data: { visitId: v, formId: 'f-3', templateId: 'kokuho-shikaku-todoke', version: 2, procedureIds: ['kokuho-kanyu'], personId: null, prefilled: { name: 'x' } } }]);
  });

  it('records only the items that changed, visit-wide or on one form', () => {
    const given = [filled('f-1', 'a'), { type: 'FormCorrected' as const, data: { visitId: v, formId: null, values: { applicant_phone: '0198-24-2111' } } }];
    spec(given).when({ type: 'CorrectForms', data: { visitId: v, formId: null, values: { applicant_phone: '0198-24-2111', remarks: '急ぎ' } }, metadata }).then([
      { type: 'FormCorrected', data: { visitId: v, formId: null, values: { remarks: '急ぎ' } } },
    ]);
    spec(given).when({ type: 'CorrectForms', data: { visitId: v, formId: 'nope', values: { x: '1' } }, metadata }).thenThrows('FORM.NOT_FOUND');
  });

  it('shows a form its own correction first, then the visit-wide entry, then what was known', () => {
    const state = [
      filled('f-1', 'a'),
      filled('f-2', 'b'),
      { type: 'FormCorrected' as const, data: { visitId: v, formId: null, values: { applicant_phone: '0198-00-0000' } } },
      { type: 'FormCorrected' as const, data: { visitId: v, formId: 'f-2', values: { applicant_name: '花巻 太朗' } } },
    ].reduce(visitFormsDecider.evolve, visitFormsDecider.initialState);
    const [f1, f2] = state.forms;
    expect(effectiveValue(state, f1!, 'applicant_phone')).toBe('0198-00-0000');
    expect(effectiveValue(state, f2!, 'applicant_phone')).toBe('0198-00-0000');
    expect(effectiveValue(state, f1!, 'applicant_name')).toBe('花巻 太郎');
    expect(effectiveValue(state, f2!, 'applicant_name')).toBe('花巻 太朗');
  });

  it('signs with an image, refuses an empty signature, and refuses anything on a voided form', () => {
    spec([filled('f-1', 'a')]).when({ type: 'SignForm', data: { visitId: v, formId: 'f-1', fieldId: 'sig', png }, metadata }).then([
      { type: 'FormSigned', data: { visitId: v, formId: 'f-1', fieldId: 'sig', png, signedAt: metadata.now } },
    ]);
    spec([filled('f-1', 'a')]).when({ type: 'SignForm', data: { visitId: v, formId: 'f-1', fieldId: 'sig', png: '' }, metadata }).thenThrows('FORM.SIGNATURE_EMPTY');
    const voided = { type: 'FormVoided' as const, data: { visitId: v, formId: 'f-1', reason: '記入誤り', voidedAt: metadata.now } };
    spec([filled('f-1', 'a'), voided]).when({ type: 'SignForm', data: { visitId: v, formId: 'f-1', fieldId: 'sig', png }, metadata }).thenThrows('FORM.VOIDED');
  });

  it('voids only with a reason, and fills a fresh form after a void', () => {
    spec([filled('f-1', 'a')]).when({ type: 'VoidForm', data: { visitId: v, formId: 'f-1', reason: ' ' }, metadata }).thenThrows('FORM.REASON_REQUIRED');
    const voided = { type: 'FormVoided' as const, data: { visitId: v, formId: 'f-1', reason: '記入誤り', voidedAt: metadata.now } };
    const again = { formId: 'f-9', templateId: 'a', version: 1, procedureIds: ['p'], personId: null, prefilled: {} };
    spec([filled('f-1', 'a'), voided]).when({ type: 'FillForms', data: { visitId: v, forms: [again] }, metadata }).then([{ type: 'FormFilled', data: { visitId: v, ...again } }]);
  });

  describe('printing', () => {
    const inkan = { formId: 'f-1', formName: '印鑑登録申請書', boxes: [
      { fieldId: 'guarantor_signature', label: '保証人 署名', required: false },
      { fieldId: 'applicant_signature', label: '届出人（申請者） 署名', required: true },
    ] };
    const ido = { formId: 'f-2', formName: '住民異動届', boxes: [{ fieldId: 'applicant_signature', label: '届出人（申請者） 署名', required: true }] };
    const signed = (formId: string, fieldId = 'applicant_signature'): VisitFormsEvent => ({ type: 'FormSigned', data: { visitId: v, formId, fieldId, png, signedAt: metadata.now } });
    const print = (formIds: string[], signedOnPaper: { note: string } | null = null) =>
      ({ type: 'RecordFormsPrinted' as const, data: { visitId: v, formIds, printer: 'browser', signatureBoxes: [inkan, ido], signedOnPaper }, metadata });
    const given = [filled('f-1', 'inkan-toroku-shinsei'), filled('f-2', 'jumin-ido-todoke')];

    it('records printing once every required box is signed, an optional box (保証人) left empty', () => {
      spec([...given, signed('f-1')]).when(print(['f-1'])).then([
        { type: 'FormPrinted', data: { visitId: v, formIds: ['f-1'], printedAt: metadata.now, printer: 'browser', signedOnPaper: null } },
      ]);
    });

    it('records printing of a form that has no signature box at all', () => {
      spec([filled('f-3', 'tennyugaku-tsuchisho')]).when({ ...print(['f-3']), data: { ...print(['f-3']).data, signatureBoxes: [{ formId: 'f-3', formName: '転入学通知書', boxes: [] }] } }).then([
        { type: 'FormPrinted', data: { visitId: v, formIds: ['f-3'], printedAt: metadata.now, printer: 'browser', signedOnPaper: null } },
      ]);
    });

    it('refuses to print a form whose required signature is not signed, naming the form and the box', () => {
      spec([...given, signed('f-1')]).when(print(['f-1', 'f-2'])).thenThrows('FORM.SIGNATURE_REQUIRED');
      const state = [...given, signed('f-1')].reduce(visitFormsDecider.evolve, visitFormsDecider.initialState);
      const refusal = (() => {
        try {
          return visitFormsDecider.decide(print(['f-1', 'f-2']), state);
        } catch (error) {
          return error as DomainError;
        }
      })();
      expect(refusal).toMatchObject({
        kind: 'invalid',
        message: expect.stringContaining('住民異動届の「届出人（申請者） 署名」'),
        details: [{ field: 'f-2.applicant_signature', message: '住民異動届: 「届出人（申請者） 署名」の署名が必要です。' }],
      });
      // the guarantor's box alone is signed: the applicant's required box still stops it
      spec([...given, signed('f-1', 'guarantor_signature')]).when(print(['f-1'])).thenThrows('FORM.SIGNATURE_REQUIRED');
    });

    it('prints unsigned when the clerk records that it was signed on paper, keeping the note and which boxes', () => {
      spec([...given, signed('f-1')]).when(print(['f-1', 'f-2'], { note: ' 印刷した申請書にご本人が自署 ' })).then([
        {
          type: 'FormPrinted',
          data: {
            visitId: v,
            formIds: ['f-1', 'f-2'],
            printedAt: metadata.now,
            printer: 'browser',
            signedOnPaper: { note: '印刷した申請書にご本人が自署', forms: [{ formId: 'f-2', fieldIds: ['applicant_signature'] }] },
          },
        },
      ]);
    });

    it('refuses a paper signature without a note', () => {
      spec(given).when(print(['f-2'], { note: '  ' })).thenThrows('FORM.PAPER_NOTE_REQUIRED');
    });

    it('records no paper reason when every required box was signed anyway', () => {
      spec([...given, signed('f-2')]).when(print(['f-2'], { note: '念のため' })).then([
        { type: 'FormPrinted', data: { visitId: v, formIds: ['f-2'], printedAt: metadata.now, printer: 'browser', signedOnPaper: null } },
      ]);
    });

    it('prints again without a new reason once a box was recorded as signed on paper', () => {
      const onPaper: VisitFormsEvent = {
        type: 'FormPrinted',
        data: { visitId: v, formIds: ['f-2'], printedAt: metadata.now, printer: 'browser', signedOnPaper: { note: '自署', forms: [{ formId: 'f-2', fieldIds: ['applicant_signature'] }] } },
      };
      spec([...given, onPaper]).when(print(['f-2'])).then([
        { type: 'FormPrinted', data: { visitId: v, formIds: ['f-2'], printedAt: metadata.now, printer: 'browser', signedOnPaper: null } },
      ]);
    });

    it('refuses to print an unknown or voided form', () => {
      spec(given).when(print(['nope'])).thenThrows('FORM.NOT_FOUND');
      const voided: VisitFormsEvent = { type: 'FormVoided', data: { visitId: v, formId: 'f-2', reason: '記入誤り', voidedAt: metadata.now } };
      spec([...given, voided]).when(print(['f-2'], { note: '自署' })).thenThrows('FORM.VOIDED');
    });
  });
});
