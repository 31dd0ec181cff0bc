import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { NEVER } from 'rxjs';
import { LiveUpdates } from '../../core/live/live-updates';
import { FormDesignerStore } from './form-designer-store';
import { aTemplate } from './form-template.fixture';
import { PageCanvas } from './page-canvas';

describe('PageCanvas', () => {
  let fixture: ComponentFixture<PageCanvas>;
  let store: FormDesignerStore;

  const element = () => fixture.nativeElement as HTMLElement;
  const shown = (index: number) => element().querySelector<HTMLElement>(`[data-testid="designer-element"][data-index="${index}"]`)!;
  const pointer = (target: Element, type: string, x: number, y: number) =>
    target.dispatchEvent(new PointerEvent(type, { pointerId: 7, clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true }));
  const elements = () => store.content()!.pages[0]!.elements;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PageCanvas],
      providers: [provideHttpClient(), provideHttpClientTesting(), FormDesignerStore, { provide: LiveUpdates, useValue: { watch: () => NEVER } }],
    });
    store = TestBed.inject(FormDesignerStore);
    store.content.set(aTemplate());
    fixture = TestBed.createComponent(PageCanvas);
    fixture.componentRef.setInput('zoom', 1.5); // 2 px/mm (fit, no ResizeObserver here) × 1.5 = 3 px per mm
    await fixture.whenStable();
  });

  it('places every element at scale, fields labelled with their ids', () => {
    const field = shown(1);
    expect(field.style.left).toBe('120px');
    expect(field.style.top).toBe('120px');
    expect(field.style.width).toBe('300px');
    expect(field.textContent).toContain('氏名');
    expect(field.textContent).toContain('applicant_name');
    expect(shown(0).textContent).toContain('テスト届');
    expect(shown(3).dataset['kind']).toBe('qr');
  });

  it('moves a dragged element in whole millimetres and selects it', async () => {
    const page = element().querySelector('[data-testid="designer-canvas"]')!;
    pointer(shown(1), 'pointerdown', 200, 200);
    pointer(page, 'pointermove', 230, 214); // 10 mm right, 4.67 mm down
    pointer(page, 'pointerup', 230, 214);
    await fixture.whenStable();

    expect(elements()[1]).toEqual(expect.objectContaining({ box: { x: 50, y: 45, width: 100, height: 10 } }));
    expect(store.selected()).toBe(1);
    expect(shown(1).classList).toContain('selected');
  });

  it('only selects on a click that does not move', async () => {
    pointer(shown(0), 'pointerdown', 100, 100);
    pointer(shown(0), 'pointerup', 101, 101);
    await fixture.whenStable();

    expect(store.selected()).toBe(0);
    expect(elements()).toEqual(aTemplate().pages[0]!.elements);
    expect(element().querySelectorAll('[data-testid^="designer-handle-"]')).toHaveLength(8);
  });

  it('resizes with a corner handle and keeps the box on the page', async () => {
    const page = element().querySelector('[data-testid="designer-canvas"]')!;
    pointer(shown(1), 'pointerdown', 200, 200);
    pointer(page, 'pointerup', 200, 200);
    await fixture.whenStable();

    const corner = element().querySelector('[data-testid="designer-handle-se"]')!;
    pointer(corner, 'pointerdown', 420, 150);
    pointer(page, 'pointermove', 900, 165); // far past the right edge; 5 mm down
    pointer(page, 'pointerup', 900, 165);
    await fixture.whenStable();

    expect(elements()[1]).toEqual(expect.objectContaining({ box: { x: 40, y: 40, width: 170, height: 15 } }));
  });

  it('moves the selected element with the arrow keys and removes it with Delete', async () => {
    store.select(1);
    await fixture.whenStable();
    const page = element().querySelector('[data-testid="designer-canvas"]')!;

    page.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
    page.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(elements()[1]).toEqual(expect.objectContaining({ box: { x: 50, y: 39, width: 100, height: 10 } }));

    page.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    expect(elements().map((e) => e.kind)).toEqual(['text', 'line', 'qr']);
    expect(store.selected()).toBeNull();
  });
});
