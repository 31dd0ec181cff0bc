import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { FormCard } from './form-card';
import { FormPrinting } from './form-printing';
import { aForm } from './visit-forms.fixture';
import { VisitFormsStore } from './visit-forms-store';

describe('FormCard printing', () => {
  let fixture: ComponentFixture<FormCard>;
  const printing = { print: jest.fn().mockResolvedValue(null), printSignedOnPaper: jest.fn().mockResolvedValue(null) };

  const element = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => element().querySelector<T>(`[data-testid="${id}"]`);

  async function show(form: VisitFormDto): Promise<void> {
    fixture = TestBed.createComponent(FormCard);
    fixture.componentRef.setInput('form', form);
    fixture.componentRef.setInput('visitId', 'v-1');
    fixture.componentRef.setInput('editable', true);
    await fixture.whenStable();
  }

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      imports: [FormCard],
      providers: [
        { provide: VisitFormsStore, useValue: { busy: signal(false) } },
        { provide: FormPrinting, useValue: printing },
        { provide: MatDialog, useValue: {} },
      ],
    });
  });

  it('says why 印刷 is disabled while a required signature is missing, and offers 紙で署名済みとして印刷', async () => {
    await show(aForm());
    const print = byTestId<HTMLButtonElement>('form-print')!;
    expect(print.disabled).toBe(true);
    expect(byTestId('form-print-blocked')?.textContent).toContain('署名が必要です（届出人 署名）');
    expect(document.getElementById(print.getAttribute('aria-describedby') ?? '')).toBe(byTestId('form-print-blocked'));
    expect(byTestId('form-status')?.textContent).toContain('署名待ち');
    byTestId('form-print-paper')!.click();
    expect(printing.printSignedOnPaper).toHaveBeenCalledWith({ visitId: 'v-1', formId: 'f-1', forms: [expect.objectContaining({ formId: 'f-1' })] });
  });

  it('says that required items come first: no paper printing while items are missing', async () => {
    await show(aForm({ missingRequired: ['異動日', '電話番号'] }));
    expect(byTestId('form-print-blocked')?.textContent).toContain('必須の項目が未入力です（2件）');
    expect(byTestId<HTMLButtonElement>('form-print-paper')!.disabled).toBe(true);
  });

  it('prints once every required box is signed, an optional 保証人 box left empty', async () => {
    await show(
      aForm({
        signatureFields: [
          { id: 'guarantor_signature', label: '保証人 署名', required: false, signed: false, signedOnPaper: false },
          { id: 'applicant_signature', label: '届出人 署名', required: true, signed: true, signedOnPaper: false },
        ],
        signatureRequired: [],
      }),
    );
    const print = byTestId<HTMLButtonElement>('form-print')!;
    expect(print.disabled).toBe(false);
    expect(byTestId('form-print-blocked')).toBeNull();
    expect(byTestId('form-print-paper')).toBeNull();
    expect(byTestId('form-status')?.textContent).toContain('署名済み');
    print.click();
    expect(printing.print).toHaveBeenCalledWith({ visitId: 'v-1', formId: 'f-1', forms: [expect.objectContaining({ formId: 'f-1' })] });
  });

  it('shows a form recorded as signed on paper as such', async () => {
    await show(
      aForm({
        signatureFields: [{ id: 'applicant_signature', label: '届出人 署名', required: true, signed: false, signedOnPaper: true }],
        signatureRequired: [],
        signedOnPaper: { note: 'ご本人が自署', at: '2026-11-24T01:00:00.000Z' },
      }),
    );
    expect(byTestId('form-status')?.textContent).toContain('紙で署名済み');
    expect(byTestId<HTMLButtonElement>('form-print')!.disabled).toBe(false);
  });
});
