import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { NEVER } from 'rxjs';
import { LiveUpdates } from '../../core/live/live-updates';
import { FormDesignerStore } from './form-designer-store';
import { aTemplate } from './form-template.fixture';
import { TemplatePreview } from './template-preview';

describe('TemplatePreview', () => {
  let fixture: ComponentFixture<TemplatePreview>;
  let store: FormDesignerStore;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));
  const blob = (body: unknown) => new Blob([JSON.stringify(body)], { type: 'application/problem+json' });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [TemplatePreview],
      providers: [provideHttpClient(), provideHttpClientTesting(), FormDesignerStore, { provide: LiveUpdates, useValue: { watch: () => NEVER } }],
    });
    store = TestBed.inject(FormDesignerStore);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TemplatePreview);
    fixture.componentRef.setInput('delay', 0);
    store.content.set(aTemplate());
    await fixture.whenStable();
    await later();
  });

  afterEach(() => backend.verify());

  it('lists the server’s problems instead of the PDF while the template is invalid, and shows where each is', async () => {
    const preview = backend.expectOne({ method: 'POST', url: '/api/form-templates/preview' });
    expect(preview.request.body).toEqual({ content: aTemplate() });
    preview.flush(
      blob({
        status: 422,
        code: 'FORM_TEMPLATE.INVALID',
        detail: '様式に誤りがあります（2件）',
        errors: [
          { field: 'pages[0].elements[1].box', message: '1ページ目の要素2（項目）がページの外にはみ出しています' },
          { field: 'fields[0].binding', message: '項目『氏名』: 「applicnt」というデータはありません' },
        ],
      }),
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await later();
    await fixture.whenStable();

    const problems = [...element().querySelectorAll<HTMLElement>('[data-testid="template-problem"]')];
    expect(problems.map((li) => li.textContent?.trim())).toEqual([
      '1ページ目の要素2（項目）がページの外にはみ出しています',
      '項目『氏名』: 「applicnt」というデータはありません',
    ]);
    expect(element().querySelector('[data-testid="template-problems"]')?.textContent).toContain('様式に誤りが2件あります');
    expect(element().querySelector('iframe')).toBeNull();

    problems[0]!.querySelector('button')!.click();
    expect(store.page()).toBe(0);
    expect(store.selected()).toBe(1);
    expect(store.tab()).toBe('element');
    problems[1]!.querySelector('button')!.click();
    expect(store.openField()).toBe(0);
    expect(store.tab()).toBe('fields');
  });

  it('shows the PDF in a frame once the template is valid, asking again after each change', async () => {
    const created: string[] = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => (created.push('blob:pdf'), 'blob:pdf')), revokeObjectURL: jest.fn() });
    backend.expectOne('/api/form-templates/preview').flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await later();
    await fixture.whenStable();

    expect(element().querySelector<HTMLIFrameElement>('[data-testid="designer-preview-frame"]')?.src).toContain('blob:pdf');

    store.edit((content) => ({ ...content, name: '新しい名前' }));
    await fixture.whenStable();
    await later();
    expect(backend.expectOne('/api/form-templates/preview').request.body.content.name).toBe('新しい名前');
  });
});
