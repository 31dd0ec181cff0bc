import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ChecklistItemDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { anItem } from '../visit-workspace.fixture';
import { ChecklistItem } from './checklist-item';

describe('ChecklistItem', () => {
  let fixture: ComponentFixture<ChecklistItem>;

  async function render(item: ChecklistItemDto, editable = true): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ChecklistItem);
    fixture.componentRef.setInput('item', item);
    fixture.componentRef.setInput('editable', editable);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const statusButtons = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid^="status-kokuho-kanyu-"]')] as HTMLButtonElement[];

  it('shows why the procedure was proposed, for whom, by when and what to bring', async () => {
    const element = await render(
      anItem({ reasons: ['花巻 太郎さんは勤め先の健康保険に入っていないため', '世帯で国保に加入するため'], personNames: ['花巻 太郎', '花巻 花子'] }),
    );

    const reasons = [...element.querySelectorAll('[data-testid="checklist-reason"]')].map((li) => li.textContent?.trim());
    expect(reasons).toEqual(['花巻 太郎さんは勤め先の健康保険に入っていないため', '世帯で国保に加入するため']);
    expect(element.textContent).toContain('対象：花巻 太郎、花巻 花子');
    expect(element.textContent).toContain('転入した日から14日以内');
    expect(element.textContent).toContain('本人確認書類');
    const article = element.querySelector('[data-testid="checklist-item"]') as HTMLElement;
    expect(article.dataset['procedureId']).toBe('kokuho-kanyu');
    expect(article.dataset['status']).toBe('not_started');
  });

  it('offers the four statuses to the owning department, the current one pressed', async () => {
    const element = await render(anItem({ status: 'in_progress', statusLabel: '対応中' }));

    const buttons = statusButtons(element);
    expect(buttons.map((button) => button.textContent?.trim())).toEqual(['未着手', '対応中', '完了', '不要']);
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false']);
    expect(buttons.filter((button) => button.disabled).map((button) => button.textContent?.trim())).toEqual(['対応中']);
  });

  it('emits the chosen status', async () => {
    const element = await render(anItem());
    const chosen: string[] = [];
    fixture.componentInstance.statusChange.subscribe((status) => chosen.push(status));

    statusButtons(element)[2]!.click();

    expect(chosen).toEqual(['done']);
  });

  it('shows no status control to another department, and says who changes it', async () => {
    const element = await render(anItem({ canChange: false }));

    expect(statusButtons(element)).toHaveLength(0);
    expect(element.querySelector('[data-testid="checklist-owner"]')?.textContent).toContain('国保医療課が変更します');
    expect(element.querySelector('[data-testid="drop-kokuho-kanyu"]')).not.toBeNull();
  });

  it('offers nothing to change on a closed visit', async () => {
    const element = await render(anItem(), false);

    expect(statusButtons(element)).toHaveLength(0);
    expect(element.querySelector('[data-testid="drop-kokuho-kanyu"]')).toBeNull();
  });
});
