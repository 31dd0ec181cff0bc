import { Component, computed, DestroyRef, ElementRef, inject, input, signal } from '@angular/core';
import type { LayoutElement } from '@madoguchi/application/form/contracts/form-template.contract';
import { boxHandles, type Handle, moveElement, resizeElement } from './element-geometry';
import { elementKindLabels } from './field-presets';
import { FormDesignerStore } from './form-designer-store';
import { removeElement, replaceElement } from './template-edits';

interface Drag {
  readonly index: number;
  readonly handle: Handle;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly original: LayoutElement;
  moved: boolean;
}

/** 1 pt in millimetres (font sizes and line widths are in points). */
const mmPerPoint = 25.4 / 72;
/** A click that moves less than this (px) only selects. */
const dragThreshold = 3;

/**
 * The page at scale: every element as a positioned box (text as text, fields labelled with their ids, frames,
 * lines, ticks, signature and QR boxes). Click selects; drag moves; the handles resize; all in whole mm.
 * Keyboard: arrows move the selected element 1 mm (Shift: 10 mm), Delete removes it, Esc deselects.
 */
@Component({
  selector: 'mdg-page-canvas',
  templateUrl: './page-canvas.html',
  styleUrl: './page-canvas.scss',
})
export class PageCanvas {
  protected readonly store = inject(FormDesignerStore);
  /** 1 = the page fits the width available; the designer's zoom multiplies it. */
  readonly zoom = input(1);

  private readonly fitScale = signal(2);
  protected readonly scale = computed(() => this.fitScale() * this.zoom());
  protected readonly boxHandles = boxHandles;
  protected readonly kindLabels = elementKindLabels;
  protected readonly mmPerPoint = mmPerPoint;
  protected readonly Math = Math;
  protected readonly labels = computed(() => new Map((this.store.content()?.fields ?? []).map((field) => [field.id, field.label])));
  private drag: Drag | null = null;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) this.fitScale.set(Math.max(1, (width - 16) / this.store.size().width));
    });
    observer.observe(host);
    inject(DestroyRef).onDestroy(() => observer.disconnect());
  }

  protected px(mm: number): number {
    return mm * this.scale();
  }

  protected title(element: LayoutElement): string {
    const label = this.kindLabels[element.kind];
    return 'fieldId' in element ? `${label}: ${this.labels().get(element.fieldId) ?? element.fieldId}（${element.fieldId}）` : label;
  }

  protected grab(event: PointerEvent, index: number, handle: Handle): void {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    this.store.select(index);
    const original = this.store.elements()[index];
    if (!original) return;
    (event.currentTarget as Element | null)?.setPointerCapture?.(event.pointerId);
    this.drag = { index, handle, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, original, moved: false };
  }

  protected move(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.abs(dx) < dragThreshold && Math.abs(dy) < dragThreshold) return;
    drag.moved = true;
    const changed = resizeElement(drag.original, drag.handle, dx / this.scale(), dy / this.scale(), this.store.size());
    this.store.edit((content) => replaceElement(content, this.store.page(), drag.index, changed));
  }

  protected end(event: PointerEvent): void {
    if (this.drag?.pointerId === event.pointerId) this.drag = null;
  }

  protected background(event: PointerEvent): void {
    if (event.target === event.currentTarget) this.store.select(null);
  }

  protected key(event: KeyboardEvent): void {
    const index = this.store.selected();
    const element = this.store.selectedElement();
    if (index === null || !element) return;
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const delta = moves[event.key];
    if (delta) {
      event.preventDefault();
      this.store.edit((content) => replaceElement(content, this.store.page(), index, moveElement(element, delta[0], delta[1], this.store.size())));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.store.edit((content) => removeElement(content, this.store.page(), index));
      this.store.select(null);
    } else if (event.key === 'Escape') {
      this.store.select(null);
    }
  }
}
