import { type FormToFill, visitFormsDecider } from '../../../domain/form/visit-forms.decider';
import type { VisitFormsEvent } from '../../../domain/form/visit-forms.events';
import { effectiveValue } from '../../../domain/form/visit-forms.state';
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

  it('records printing of live forms', () => {
    spec([filled('f-1', 'a')]).when({ type: 'RecordFormsPrinted', data: { visitId: v, formIds: ['f-1'], printer: 'browser' }, metadata }).then([
      { type: 'FormPrinted', data: { visitId: v, formIds: ['f-1'], printedAt: metadata.now, printer: 'browser' } },
    ]);
  });
});
