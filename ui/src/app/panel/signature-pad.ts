import { Component, computed, type ElementRef, input, output, signal, viewChild } from '@angular/core';

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const width = 900;
const height = 300;
const margin = 16;

/**
 * 署名欄: the resident signs with a finger or pen (pointer events: touch, pen and mouse alike). 「やり直す」
 * clears; 「確定」 (only once something is drawn) emits the signature as a PNG data URL, cropped to the ink.
 * Who cannot draw may type their name instead; it is drawn into the same box.
 */
@Component({
  selector: 'mdg-signature-pad',
  template: `
    <div class="pad" [class.disabled]="disabled()">
      <canvas
        #canvas
        [attr.width]="width"
        [attr.height]="height"
        role="img"
        [attr.aria-label]="label() + '（指またはペンで書いてください）'"
        (pointerdown)="start($event)"
        (pointermove)="move($event)"
        (pointerup)="end($event)"
        (pointercancel)="end($event)"
        (pointerleave)="end($event)"
        data-testid="signature-canvas"
      ></canvas>
      @if (empty()) {
        <span class="placeholder" aria-hidden="true">ここに署名してください</span>
      }
      <span class="baseline" aria-hidden="true"></span>
    </div>

    @if (typing()) {
      <label class="typed">
        <span>お名前を入力してください（署名の代わり）</span>
        <input type="text" [value]="typedName()" (input)="type($any($event.target).value)" autocomplete="off" data-testid="signature-typed" />
      </label>
    }

    <div class="buttons">
      <button type="button" class="secondary" (click)="clear()" [disabled]="disabled() || empty()" data-testid="signature-clear">やり直す</button>
      <button type="button" class="primary" (click)="confirm()" [disabled]="disabled() || empty()" data-testid="signature-confirm">確定</button>
    </div>
    <button type="button" class="link" (click)="toggleTyping()" [attr.aria-expanded]="typing()" data-testid="signature-type-toggle">
      {{ typing() ? '手書きに戻る' : '手で書くのが難しい方は、こちら（文字で入力）' }}
    </button>
  `,
  styleUrl: './signature-pad.scss',
})
export class SignaturePad {
  readonly label = input('署名');
  readonly disabled = input(false);
  readonly signed = output<string>();

  protected readonly width = width;
  protected readonly height = height;
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly strokes = signal(0);
  protected readonly typing = signal(false);
  protected readonly typedName = signal('');
  protected readonly empty = computed(() => (this.typing() ? this.typedName().trim() === '' : this.strokes() === 0));
  private drawing: number | null = null;
  private bounds: Bounds | null = null;

  protected start(event: PointerEvent): void {
    if (this.disabled() || this.typing()) return;
    event.preventDefault();
    (event.target as Element).setPointerCapture?.(event.pointerId);
    const context = this.context();
    const point = this.point(event);
    this.drawing = event.pointerId;
    context?.beginPath();
    context?.moveTo(point.x, point.y);
    context?.lineTo(point.x + 0.1, point.y + 0.1); // a dot shows too
    context?.stroke();
    this.include(point.x, point.y);
    this.strokes.update((count) => count + 1);
  }

  protected move(event: PointerEvent): void {
    if (this.drawing !== event.pointerId) return;
    event.preventDefault();
    const point = this.point(event);
    const context = this.context();
    context?.lineTo(point.x, point.y);
    context?.stroke();
    this.include(point.x, point.y);
  }

  protected end(event: PointerEvent): void {
    if (this.drawing === event.pointerId) this.drawing = null;
  }

  clear(): void {
    this.context()?.clearRect(0, 0, width, height);
    this.strokes.set(0);
    this.typedName.set('');
    this.bounds = null;
  }

  protected toggleTyping(): void {
    this.clear();
    this.typing.update((on) => !on);
  }

  protected type(name: string): void {
    this.typedName.set(name);
    const context = this.context();
    if (!context) return;
    context.clearRect(0, 0, width, height);
    context.font = '96px "Noto Serif JP", "Noto Sans JP", serif';
    context.textBaseline = 'middle';
    context.fillStyle = '#000';
    context.fillText(name.trim(), margin * 2, height / 2, width - margin * 4);
    this.bounds = { minX: 0, minY: 0, maxX: width, maxY: height };
  }

  protected confirm(): void {
    if (this.empty() || this.disabled()) return;
    this.signed.emit(this.png());
  }

  /** The ink only (with a small margin), so the signature fills the form's box when printed. */
  private png(): string {
    const source = this.canvas().nativeElement;
    const b = this.bounds;
    if (!b) return source.toDataURL('image/png');
    const x = Math.max(0, Math.floor(b.minX - margin));
    const y = Math.max(0, Math.floor(b.minY - margin));
    const w = Math.min(width, Math.ceil(b.maxX + margin)) - x;
    const h = Math.min(height, Math.ceil(b.maxY + margin)) - y;
    const cropped = document.createElement('canvas');
    cropped.width = Math.max(1, w);
    cropped.height = Math.max(1, h);
    const context = cropped.getContext('2d');
    if (!context) return source.toDataURL('image/png');
    context.drawImage(source, x, y, w, h, 0, 0, w, h);
    return cropped.toDataURL('image/png');
  }

  private include(x: number, y: number): void {
    const b = this.bounds;
    this.bounds = b
      ? { minX: Math.min(b.minX, x), minY: Math.min(b.minY, y), maxX: Math.max(b.maxX, x), maxY: Math.max(b.maxY, y) }
      : { minX: x, minY: y, maxX: x, maxY: y };
  }

  private context(): CanvasRenderingContext2D | null {
    const context = this.canvas().nativeElement.getContext('2d');
    if (context) {
      context.lineWidth = 6;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#000';
    }
    return context;
  }

  /** Pointer position in canvas pixels, whatever size the canvas is shown at. */
  private point(event: PointerEvent): { x: number; y: number } {
    const rect = this.canvas().nativeElement.getBoundingClientRect();
    const scaleX = rect.width > 0 ? width / rect.width : 1;
    const scaleY = rect.height > 0 ? height / rect.height : 1;
    return { x: (event.clientX - rect.left) * scaleX, y: (event.clientY - rect.top) * scaleY };
  }
}
