import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { ReasonDialog } from '../workspace/reason-dialog';
import { FormPrinting } from './form-printing';
import { PrintDialog } from './print-dialog';
import { aForm } from './visit-forms.fixture';
import { VisitFormsStore } from './visit-forms-store';

describe('FormPrinting', () => {
  const calls: string[] = [];
  const answers = new Map<unknown, unknown>();
  const dialog = {
    open: jest.fn((component: unknown) => {
      calls.push(component === ReasonDialog ? 'note' : component === PrintDialog ? 'pdf-dialog' : 'other');
      return { afterClosed: () => of(answers.get(component)) };
    }),
  };
  const store = {
    pdf: jest.fn(async () => {
      calls.push('pdf');
      return { ok: true, blob: new Blob() };
    }),
    recordPrinted: jest.fn(async (_formIds: readonly string[], signedOnPaper: { note: string } | null = null) => {
      calls.push(signedOnPaper ? `printed with note ${signedOnPaper.note}` : 'printed');
      return true;
    }),
  };
  const scope = { visitId: 'v-1', formId: 'f-1', forms: [aForm()] };
  let printing: FormPrinting;

  beforeEach(() => {
    calls.length = 0;
    answers.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({ providers: [FormPrinting, { provide: MatDialog, useValue: dialog }, { provide: VisitFormsStore, useValue: store }] });
    printing = TestBed.inject(FormPrinting);
  });

  it('紙で署名済み: asks the note naming the empty boxes, records the print with it, then shows the PDF', async () => {
    answers.set(ReasonDialog, ' ご本人が自署 ');
    expect(await printing.printSignedOnPaper(scope)).toBeNull();
    expect(calls).toEqual(['note', 'printed with note ご本人が自署', 'pdf', 'pdf-dialog']);
    expect(dialog.open.mock.calls[0]).toEqual([ReasonDialog, expect.objectContaining({ data: expect.objectContaining({ items: ['住民異動届: 届出人 署名'], required: true }) })]);
  });

  it('records nothing when the clerk gives no note', async () => {
    expect(await printing.printSignedOnPaper(scope)).toBeNull();
    expect(calls).toEqual(['note']);
  });

  it('prints: the PDF first, recorded once the clerk prints; a refusal comes back with what is missing', async () => {
    answers.set(PrintDialog, true);
    await printing.print(scope);
    expect(calls).toEqual(['pdf', 'pdf-dialog', 'printed']);
    store.pdf.mockResolvedValueOnce({ ok: false, message: '署名が必要なため印刷できません（1件）', missing: ['住民異動届: 「届出人 署名」の署名が必要です。'] } as never);
    expect(await printing.print(scope)).toEqual({ message: '署名が必要なため印刷できません（1件）', missing: ['住民異動届: 「届出人 署名」の署名が必要です。'] });
  });
});
