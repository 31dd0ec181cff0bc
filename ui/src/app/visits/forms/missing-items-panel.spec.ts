import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { VisitFormDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { VisitWorkspaceStore } from '../workspace/visit-workspace-store';
import { MissingItemsPanel } from './missing-items-panel';
import { aField, aForm, phone } from './visit-forms.fixture';
import { type EnterOutcome, VisitFormsStore } from './visit-forms-store';

describe('MissingItemsPanel', () => {
  let fixture: ComponentFixture<MissingItemsPanel>;
  let enter: jest.Mock<Promise<EnterOutcome>, [string | null, Record<string, unknown>, string]>;
  const forms = signal<readonly VisitFormDto[]>([]);

  const element = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...element().querySelectorAll<HTMLElement>('[data-testid="missing-item"]')];
  const byTestId = (id: string) => element().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  beforeEach(async () => {
    enter = jest.fn();
    TestBed.configureTestingModule({
      imports: [MissingItemsPanel],
      providers: [
        { provide: VisitFormsStore, useValue: { liveForms: forms, busy: signal(false), enter } },
        { provide: VisitWorkspaceStore, useValue: { canEdit: signal(true) } },
      ],
    });
    forms.set([
      aForm({ formId: 'f-1', name: '住民異動届', fields: [aField(), phone(), aField({ id: 'move_date', label: '異動日', type: 'date', value: null, source: 'empty' })] }),
      aForm({ formId: 'f-2', name: '印鑑登録申請書', personName: '花巻 太郎', fields: [phone({ label: '電話番号' })] }),
      aForm({ formId: 'f-3', name: '取り消した届', voided: true, fields: [phone()] }),
    ]);
    fixture = TestBed.createComponent(MissingItemsPanel);
    await fixture.whenStable();
  });

  it('asks an item used by two forms once, saying in which forms it is used', async () => {
    byTestId('missing-optional-toggle')!.click();
    await fixture.whenStable();

    expect(rows().map((row) => row.dataset['fieldId'])).toEqual(['move_date', 'applicant_phone']);
    const phoneRow = rows()[1]!;
    expect(phoneRow.textContent).toContain('2つの申請書で共通');
    expect(phoneRow.querySelector('[data-testid="missing-used-in"]')?.textContent).toContain('住民異動届、印鑑登録申請書（花巻 太郎さん）');
    expect(phoneRow.textContent).not.toContain('取り消した届');
  });

  it('saves what was entered once for the whole visit (formId null), dates as YYYY-MM-DD', async () => {
    enter.mockResolvedValue({ ok: true });
    byTestId('missing-optional-toggle')!.click();
    await fixture.whenStable();

    type(byTestId('missing-input-applicant_phone') as HTMLInputElement, '0198-24-2111');
    type(byTestId('missing-input-move_date') as HTMLInputElement, 'R8.11.20');
    await fixture.whenStable();
    expect(byTestId('missing-input-move_date-check')?.textContent).toContain('令和8年11月20日');
    byTestId('missing-save')!.click();
    await settled();

    expect(enter).toHaveBeenCalledWith(null, { applicant_phone: '0198-24-2111', move_date: '2026-11-20' }, expect.any(String));
  });

  it('shows the server’s Japanese message next to the item it is about', async () => {
    enter.mockResolvedValue({ ok: false, message: '入力内容を確認してください（1件）', problems: { move_date: '「異動日」は日付（例: 令和8年11月24日）を入力してください。' } });
    type(byTestId('missing-input-move_date') as HTMLInputElement, '来週');
    await fixture.whenStable();
    byTestId('missing-save')!.click();
    await settled();

    expect(byTestId('missing-input-move_date-error')?.textContent).toContain('「異動日」は日付');
    expect(byTestId('missing-error')?.textContent).toContain('入力内容を確認してください');
    expect(enter).toHaveBeenCalledWith(null, { move_date: '来週' }, expect.any(String));
  });

  /** The fake store's promise, then what it changed on screen. */
  async function settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function type(input: HTMLInputElement, text: string): void {
    input.value = text;
    input.dispatchEvent(new Event('input'));
  }
});
