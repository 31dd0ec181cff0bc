import type { FieldType, FontFamily, TextStyle } from '../../domain/form/form-template.types';
import { placeComb } from './comb-text';
import type { TextOp } from './draw-ops';
import type { GlyphIssue } from './font-fallback';
import type { FontRegistry } from './font-registry';
import { fitHorizontal, lineHeightFactor, placeHorizontal } from './horizontal-text';
import { inset, toPoints, type PtRect } from './page-geometry';
import { fitVertical, placeVertical } from './vertical-text';

/** The smallest size text may shrink to unless a field says otherwise (points). */
export const defaultMinSize = 6;
/** The size text starts from when the template gives none: 10.5 pt, less in a low box. */
const defaultMaxSize = 10.5;
/**
 * Space between a box's frame and its text. At least `minPadding` left and right (at most a tenth of the
 * width); up to `padding` on every side out of the room left over at the template's size, so a box drawn
 * just big enough for its text still takes the text at its size, and the em box keeps the ink off the lines.
 */
const padding = toPoints(1);
const minPadding = toPoints(0.2);

export interface TextBlockRequest {
  readonly text: string;
  readonly rect: PtRect;
  readonly style: TextStyle;
  readonly minSize: number;
  readonly comb?: number;
  readonly wrap: WrapRule;
}

/**
 * always: the text may wrap onto more lines (multi-line fields); never: one line per hard line, shrinking
 * only (dates, numbers, kana); auto: a box that holds two lines at the template's size wraps, a box drawn
 * for one line (a name) shrinks its text first and wraps only when one line would not fit at the minimum.
 */
export type WrapRule = 'always' | 'auto' | 'never';

export type TextBlockResult =
  | { readonly fits: true; readonly ops: readonly TextOp[]; readonly issues: ReadonlyArray<{ readonly issue: GlyphIssue; readonly cluster: string }> }
  | { readonly fits: false };

/** Field types whose values are one line that shrinks rather than wraps. */
const singleLineTypes: ReadonlySet<FieldType> = new Set(['kana', 'date', 'number', 'phone', 'postal-code', 'checkbox']);

export const wrapRuleOf = (type: FieldType | undefined): WrapRule =>
  type === 'multiline' ? 'always' : type !== undefined && singleLineTypes.has(type) ? 'never' : 'auto';

/** Lays out one box of text (a template's fixed text or a field's value), measuring with the faces' caches. */
export function planTextBlock(fonts: FontRegistry, request: TextBlockRequest): TextBlockResult {
  const { style, rect } = request;
  const family: FontFamily = style.font ?? 'gothic';
  const fallback = fonts.fallback(family, style.bold === true);
  const hardLines = request.text.replace(/\r\n?/g, '\n').split('\n').map((line) => fallback.line(line));
  const issues: Array<{ issue: GlyphIssue; cluster: string }> = [];
  for (const cluster of hardLines.flat()) if (cluster.issue) issues.push({ issue: cluster.issue, cluster: cluster.source });

  const hardX = request.comb ? 0 : Math.min(minPadding, 0.1 * rect.width);
  const padY = Math.min(padding, 0.15 * rect.height);
  const frame = style.vertical ? inset(rect, Math.min(padding, 0.15 * rect.width, padY)) : { ...rect, x: rect.x + hardX, width: rect.width - 2 * hardX };
  const maxSize = style.size ?? Math.max(request.minSize, Math.min(defaultMaxSize, frame.height * 0.8));
  const common = {
    maxSize,
    minSize: Math.min(request.minSize, maxSize),
    align: style.align ?? (style.vertical ? 'center' : 'left'),
    valign: style.valign ?? (style.vertical ? 'top' : 'middle'),
    inset: padY,
    insetX: Math.max(0, Math.min(padding, 0.15 * rect.width) - hardX),
  } as const;

  let ops: readonly TextOp[] | null;
  if (request.comb) {
    ops = hardLines.length === 1 ? placeComb(hardLines[0]!, frame, request.comb, common) : null;
  } else if (style.vertical) {
    const fitted = fitVertical(hardLines, frame, common);
    ops = fitted ? placeVertical(fitted, frame, common) : null;
  } else {
    // auto: a box that holds two lines at the template's size wraps; a one-line box shrinks first and
    // wraps only when one line would not fit even at the minimum size.
    const roomy = frame.height - 2 * padY >= maxSize * (1 + lineHeightFactor);
    const attempts = request.wrap === 'auto' ? (roomy ? [true] : [false, true]) : [request.wrap === 'always'];
    ops = null;
    for (const wrap of attempts) {
      const spec = { ...common, wrap };
      const fitted = fitHorizontal(hardLines, frame, spec);
      if (fitted) {
        ops = placeHorizontal(fitted, frame, spec);
        break;
      }
    }
  }
  return ops ? { fits: true, ops, issues } : { fits: false };
}
