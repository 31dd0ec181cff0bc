import type { RenderWarning } from '../../application/form/form-renderer.port';
import type { FontFace } from './font-face';
import type { PtPoint, PtRect } from './page-geometry';
import type { QrSymbol } from './qr-symbols';
import type { PreparedImage } from './signature-images';

/**
 * What a page is made of once laid out: the planner measures and decides everything (and throws before
 * anything is drawn); the writer only draws these.
 */
export type DrawOp =
  /**
   * Text in one face; `baseline` is the alphabetic baseline; vertical text is one cluster per op;
   * `spacing` (points) is added after every glyph (a comb's equal cells in one op).
   */
  | {
      readonly kind: 'text';
      readonly face: FontFace;
      readonly text: string;
      readonly x: number;
      readonly baseline: number;
      readonly size: number;
      readonly vertical: boolean;
      readonly spacing?: number;
    }
  | { readonly kind: 'rect'; readonly rect: PtRect; readonly lineWidth: number; readonly fill: string | null; readonly dash: boolean }
  | { readonly kind: 'line'; readonly from: PtPoint; readonly to: PtPoint; readonly lineWidth: number; readonly dash: boolean }
  /** A ✓ drawn as strokes, centred in the rectangle. */
  | { readonly kind: 'tick'; readonly rect: PtRect }
  /** `prepared` is the decoded image to embed; null: pdfkit embeds the PNG itself. */
  | { readonly kind: 'image'; readonly png: Buffer; readonly prepared: PreparedImage | null; readonly rect: PtRect }
  /** The symbol's dark modules as rectangles; `rect` is the symbol without its quiet zone. */
  | { readonly kind: 'qr'; readonly symbol: QrSymbol; readonly rect: PtRect };

export type TextOp = Extract<DrawOp, { kind: 'text' }>;

export interface PagePlan {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly DrawOp[];
}

export interface DocumentPlan {
  readonly title: string;
  readonly pages: readonly PagePlan[];
  readonly warnings: readonly RenderWarning[];
}
