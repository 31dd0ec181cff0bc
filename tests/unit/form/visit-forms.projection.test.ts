import { visitFormsProjection } from '../../../application/form/read-models/visit-forms.projection';
import { shownValue, type VisitFormsDocument } from '../../../application/form/read-models/visit-forms.document';
import type { RecordedEvent } from '../../../application/shared/event-store';
import { type VisitFormsEvent, visitFormsEventSchemaVersions } from '../../../domain/form/visit-forms.events';
import { recorded } from '../../support/recorded-event';

const v = 'v-1';
const atVersion = (event: RecordedEvent, schemaVersion: number): RecordedEvent => ({ ...event, metadata: { ...event.metadata, schemaVersion } });
const stored = (events: VisitFormsEvent[]): RecordedEvent[] =>
  events.map((e, i) => atVersion(recorded(e.type, e.data as unknown as Record<string, unknown>, i + 1, `visit-forms-${v}`, i), visitFormsEventSchemaVersions[e.type]));
const fold = (events: RecordedEvent[]) => events.reduce<VisitFormsDocument | undefined>((doc, e) => visitFormsProjection.evolve(doc, e, v), undefined);

const filled = (formId: string, prefilled: Record<string, string | null>): VisitFormsEvent => ({
  type: 'FormFilled',
  data: { visitId: v, formId, templateId: 'jumin-ido-todoke', version: 1, procedureIds: ['tennyu-todoke'], personId: null, prefilled },
});
const history: VisitFormsEvent[] = [
  filled('f-1', { applicant_name: '花巻 太郎', applicant_phone: null }),
  filled('f-2', { applicant_name: '花巻 太郎', applicant_phone: null }),
  { type: 'FormCorrected', data: { visitId: v, formId: null, values: { applicant_phone: '0198-00-0000' } } },
  { type: 'FormCorrected', data: { visitId: v, formId: 'f-2', values: { applicant_name: '花巻 太朗' } } },
  { type: 'FormSigned', data: { visitId: v, formId: 'f-1', fieldId: 'applicant_signature', png: 'iVBOR', signedAt: '2026-11-24T00:30:00.000Z' } },
  { type: 'FormPrinted', data: { visitId: v, formIds: ['f-1'], printedAt: '2026-11-24T00:31:00.000Z', printer: 'browser', signedOnPaper: null } },
  { type: 'FormVoided', data: { visitId: v, formId: 'f-2', reason: '記入誤り', voidedAt: '2026-11-24T00:32:00.000Z' } },
];

describe('visit forms projection', () => {
  it("folds a visit's forms into its own document: what each field shows, signatures, printing, voiding", () => {
    const doc = fold(stored(history))!;
    expect(doc).not.toHaveProperty('state');
    expect(doc.revision).toBe(6);
    const [f1, f2] = doc.forms;
    expect([shownValue(doc, f1!, 'applicant_phone'), shownValue(doc, f2!, 'applicant_phone')]).toEqual(['0198-00-0000', '0198-00-0000']);
    expect([shownValue(doc, f1!, 'applicant_name'), shownValue(doc, f2!, 'applicant_name')]).toEqual(['花巻 太郎', '花巻 太朗']);
    expect(f1).toMatchObject({ signatures: { applicant_signature: 'iVBOR' }, printedAt: '2026-11-24T00:31:00.000Z', voided: false });
    expect(f2?.voided).toBe(true);
  });

  it('keeps the boxes a print recorded as signed on paper, with the note; a print stored before v2 has none', () => {
    const onPaper: VisitFormsEvent = {
      type: 'FormPrinted',
      data: { visitId: v, formIds: ['f-1', 'f-2'], printedAt: '2026-11-24T00:40:00.000Z', printer: 'browser', signedOnPaper: { note: '自署', forms: [{ formId: 'f-2', fieldIds: ['applicant_signature'] }] } },
    };
    const doc = fold(stored([...history.slice(0, 2), onPaper]))!;
    expect(doc.forms.map((f) => f.signedOnPaper)).toEqual([null, { fieldIds: ['applicant_signature'], note: '自署', at: '2026-11-24T00:40:00.000Z' }]);
    const v1 = atVersion(recorded('FormPrinted', { visitId: v, formIds: ['f-1'], printedAt: '2026-11-24T00:31:00.000Z', printer: 'browser' }, 3, `visit-forms-${v}`, 2), 1);
    const old = fold([...stored(history.slice(0, 2)), v1])!;
    expect(old.forms[0]).toMatchObject({ printedAt: '2026-11-24T00:31:00.000Z', signedOnPaper: null });
  });

  it('applies each event once, however often it is replayed', () => {
    const events = stored(history);
    expect(fold([...events, events[0]!, events[2]!])).toEqual(fold(events));
  });
});
