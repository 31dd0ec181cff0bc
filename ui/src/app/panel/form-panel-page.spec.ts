import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import type { VisitFormDto, VisitFormsDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { CityDirectory } from '../core/city/city-directory';
import { aField, aForm } from '../visits/forms/visit-forms.fixture';
import { VisitFormsStore } from '../visits/forms/visit-forms-store';
import { FormPanelPage, thanksMilliseconds } from './form-panel-page';
import { SignaturePad } from './signature-pad';

const applicant = { id: 'applicant_signature', label: '届出人 署名', required: true, signed: false, signedOnPaper: false };
const guarantor = { id: 'guarantor_signature', label: '保証人 署名', required: false, signed: false, signedOnPaper: false };

describe('FormPanelPage (the touch panel)', () => {
  let fixture: ComponentFixture<FormPanelPage>;
  let sign: jest.Mock<Promise<boolean>, [string, string, string]>;
  const forms = signal<VisitFormsDto | null>(null);

  const element = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const visit = (list: VisitFormDto[]): VisitFormsDto => ({ visitId: 'v-1', revision: 3, forms: list, unavailableTemplates: [] });

  async function start(list: VisitFormDto[]): Promise<void> {
    forms.set(visit(list));
    fixture = TestBed.createComponent(FormPanelPage);
    fixture.componentRef.setInput('id', 'v-1');
    await fixture.whenStable();
  }

  async function click(id: string): Promise<void> {
    byTestId(id)!.click();
    await settled();
  }

  /** The pad emits a drawn signature (the pad itself has its own spec). */
  async function drawAndConfirm(): Promise<void> {
    (fixture.debugElement.query(By.directive(SignaturePad)).componentInstance as SignaturePad).signed.emit('data:image/png;base64,iVBORw0KGgo=');
    await settled();
  }

  async function settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(() => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null); // jsdom draws nothing
    jest.spyOn(window, 'scrollTo').mockImplementation(() => undefined); // nor scrolls
    sign = jest.fn().mockResolvedValue(true);
    TestBed.configureTestingModule({
      imports: [FormPanelPage],
      providers: [provideRouter([]), { provide: CityDirectory, useValue: { city: signal({ name: '花巻市' }) } }],
    });
    TestBed.overrideComponent(FormPanelPage, {
      set: { providers: [{ provide: VisitFormsStore, useValue: { forms, loadError: signal(null), busy: signal(false), connect: jest.fn(), sign } }] },
    });
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('waits for the next resident with the city name, and nobody’s data, when nothing is to be signed', async () => {
    await start([aForm({ signatureFields: [{ ...applicant, signed: true }], signatureRequired: [], fields: [aField({ value: '花巻 太郎' })] })]);
    expect(text('panel-idle')).toContain('次の方をお待ちしています');
    expect(text('panel-idle-city')).toBe('花巻市');
    expect(element().textContent).not.toContain('花巻 太郎');
    expect(byTestId('panel-items')).toBeNull();
  });

  it('goes through every form that waits, one after another, an optional box skipped, then thanks and waits again', async () => {
    await start([
      aForm({ formId: 'f-1', name: '住民異動届', fields: [aField({ value: '花巻 太郎' })] }),
      aForm({ formId: 'f-2', name: '印鑑登録申請書', signatureFields: [guarantor, applicant], signatureRequired: ['届出人 署名'] }),
      aForm({ formId: 'f-3', name: '署名済みの届', signatureFields: [{ ...applicant, signed: true }], signatureRequired: [] }),
    ]);
    expect(text('panel-progress')).toBe('2件のうち 1件目');
    expect(text('panel-form-name')).toBe('住民異動届');
    expect(text('panel-items')).toContain('花巻 太郎');
    await click('panel-confirm');
    expect(text('panel-signature-label')).toBe('届出人 署名');
    expect(byTestId('panel-skip')).toBeNull(); // a required box cannot be left out
    await drawAndConfirm();
    expect(sign).toHaveBeenLastCalledWith('f-1', 'applicant_signature', expect.stringMatching(/^data:image\/png/));

    expect(text('panel-progress')).toBe('2件のうち 2件目');
    expect(text('panel-form-name')).toBe('印鑑登録申請書');
    await click('panel-confirm');
    expect(text('panel-signature-label')).toContain('保証人 署名');
    expect(text('panel-signature-optional')).toBe('（任意）');
    const clear = jest.spyOn(fixture.debugElement.query(By.directive(SignaturePad)).componentInstance as SignaturePad, 'clear');
    await click('panel-skip');
    expect(text('panel-signature-label')).toBe('届出人 署名');
    expect(clear).toHaveBeenCalled(); // the next box starts on an empty pad
    jest.useFakeTimers({ advanceTimers: true }); // time runs, and can be skipped ahead
    await drawAndConfirm();
    expect(sign).toHaveBeenCalledTimes(2);
    expect(sign).toHaveBeenLastCalledWith('f-2', 'applicant_signature', expect.any(String));

    expect(text('panel-thanks')).toBe('ありがとうございました');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    jest.advanceTimersByTime(thanksMilliseconds);
    expect(navigate).toHaveBeenCalledWith('/panel', { replaceUrl: true });
  });

  it('stays on the box when the signature is not taken', async () => {
    sign.mockResolvedValue(false);
    await start([aForm({ formId: 'f-1' })]);
    await click('panel-confirm');
    await drawAndConfirm();
    expect(text('panel-signature-label')).toBe('届出人 署名');
    expect(byTestId('panel-thanks')).toBeNull();
  });
});
