import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { SignaturePad } from './signature-pad';

describe('SignaturePad', () => {
  let fixture: ComponentFixture<SignaturePad>;
  const png = 'data:image/png;base64,iVBORw0KGgo=';
  const context = {
    beginPath: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn(),
    stroke: jest.fn(),
    clearRect: jest.fn(),
    drawImage: jest.fn(),
    fillText: jest.fn(),
  } as unknown as CanvasRenderingContext2D;

  const element = () => fixture.nativeElement as HTMLElement;
  const button = (id: string) => element().querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
  const canvas = () => element().querySelector<HTMLCanvasElement>('canvas')!;
  const pointer = (type: string, x: number, y: number) =>
    canvas().dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true }));

  beforeEach(async () => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(png);
    fixture = TestBed.createComponent(SignaturePad);
    fixture.componentRef.setInput('label', '届出人 署名');
    await fixture.whenStable();
  });

  afterEach(() => jest.restoreAllMocks());

  it('cannot be confirmed or cleared while nothing is drawn', () => {
    expect(button('signature-confirm').disabled).toBe(true);
    expect(button('signature-clear').disabled).toBe(true);
    expect(canvas().getAttribute('aria-label')).toContain('届出人 署名');
  });

  it('emits the signature as a PNG data URL on 確定', async () => {
    const signed: string[] = [];
    fixture.componentInstance.signed.subscribe((url) => signed.push(url));

    pointer('pointerdown', 100, 150);
    pointer('pointermove', 180, 120);
    pointer('pointermove', 260, 170);
    pointer('pointerup', 260, 170);
    await fixture.whenStable();
    expect(button('signature-confirm').disabled).toBe(false);
    button('signature-confirm').click();

    expect(signed).toEqual([png]);
    expect(signed[0]).toMatch(/^data:image\/png;base64,/);
    expect(context.lineTo).toHaveBeenCalledWith(260, 170);
  });

  it('starts again empty after やり直す', async () => {
    pointer('pointerdown', 100, 150);
    pointer('pointerup', 100, 150);
    await fixture.whenStable();

    button('signature-clear').click();
    await fixture.whenStable();

    expect(button('signature-confirm').disabled).toBe(true);
    expect(context.clearRect).toHaveBeenCalled();
  });

  it('takes a typed name from who cannot draw', async () => {
    const signed: string[] = [];
    fixture.componentInstance.signed.subscribe((url) => signed.push(url));
    button('signature-type-toggle').click();
    await fixture.whenStable();

    const input = element().querySelector<HTMLInputElement>('[data-testid="signature-typed"]')!;
    input.value = '花巻 太郎';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    button('signature-confirm').click();

    expect(context.fillText).toHaveBeenCalledWith('花巻 太郎', expect.any(Number), expect.any(Number), expect.any(Number));
    expect(signed).toEqual([png]);
  });
});
