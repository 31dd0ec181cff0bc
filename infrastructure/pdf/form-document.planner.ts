import { FormRenderError, type RenderDocument, type RenderWarning } from '../../application/form/form-renderer.port';
import { printedSheets } from '../../domain/form/continuation-sheets';
import type { FieldDefinition, FormTemplateContent, LayoutElement } from '../../domain/form/form-template.types';
import type { DocumentPlan, DrawOp, PagePlan } from './draw-ops';
import type { GlyphIssue } from './font-fallback';
import type { FontRegistry } from './font-registry';
import { boxToPoints, pageSizeInPoints, pointToPoints, type PtRect } from './page-geometry';
import { fitImage, pngSize } from './png-image';
import { quietZoneModules, type QrSymbolCache } from './qr-symbols';
import type { SignatureImageCache } from './signature-images';
import { defaultMinSize, planTextBlock, wrapRuleOf, type TextBlockResult } from './text-block.planner';
import { describeCodePoints } from './text-clusters';

type FixedText = Extract<LayoutElement, { kind: 'text' }>;
type FieldElement = Extract<LayoutElement, { kind: 'field' }>;

const defaultLineWidth = 0.5;

/** The square of the QR symbol (without quiet zone), centred in the box. */
function qrRect(box: PtRect, modules: number): PtRect {
  const side = Math.min(box.width, box.height);
  const module = side / (modules + 2 * quietZoneModules);
  const symbol = module * modules;
  return { x: box.x + (box.width - symbol) / 2, y: box.y + (box.height - symbol) / 2, width: symbol, height: symbol };
}

/**
 * Turns one filled-in form into page plans: the template's pages and their 続紙 (domain/form's
 * printedSheets decides which pages and what each shows; the planner lays them out). Everything that can fail fails here, before any drawing:
 * text that does not fit even at its minimum size, a signature that is not a PNG.
 */
export class FormDocumentPlanner {
  /** Fixed text is laid out once per template element (templates are immutable once loaded). */
  private readonly fixedText = new WeakMap<FixedText, TextBlockResult>();

  constructor(
    private readonly fonts: FontRegistry,
    private readonly qrSymbols: QrSymbolCache,
    /** null: signature PNGs go to pdfkit as they are (pdfkit's own PNG handling). */
    private readonly signatureImages: SignatureImageCache | null,
  ) {}

  plan(document: RenderDocument): DocumentPlan {
    const { template } = document;
    const fields = new Map(template.fields.map((field) => [field.id, field]));
    const warnings = new Map<string, RenderWarning>();
    const size = pageSizeInPoints(template.paper.size, template.paper.orientation);
    const pages: PagePlan[] = printedSheets(template, document.values).map((sheet) => {
      const ops: DrawOp[] = [];
      const shown: RenderDocument = sheet.values === document.values ? document : { ...document, values: sheet.values };
      for (const element of sheet.elements) ops.push(...this.element(element, shown, fields, warnings));
      return { width: size.width, height: size.height, ops };
    });
    return { title: document.title ?? template.name, pages, warnings: [...warnings.values()] };
  }

  private element(element: LayoutElement, document: RenderDocument, fields: ReadonlyMap<string, FieldDefinition>, warnings: Map<string, RenderWarning>): readonly DrawOp[] {
    const { template } = document;
    switch (element.kind) {
      case 'text':
        return this.text(element, template, warnings);
      case 'field':
        return this.field(element, document, fields.get(element.fieldId), warnings);
      case 'rect':
        return [{ kind: 'rect', rect: boxToPoints(element.box), lineWidth: element.lineWidth ?? defaultLineWidth, fill: element.fill ?? null, dash: element.dash === true }];
      case 'line':
        return [{ kind: 'line', from: pointToPoints(element.from), to: pointToPoints(element.to), lineWidth: element.lineWidth ?? defaultLineWidth, dash: element.dash === true }];
      case 'check': {
        const value = document.values[element.fieldId];
        const ticked = element.value !== undefined ? value === element.value : value === true;
        return ticked ? [{ kind: 'tick', rect: boxToPoints(element.box) }] : [];
      }
      case 'signature':
        return this.signature(element.fieldId, boxToPoints(element.box), document, fields.get(element.fieldId));
      case 'qr': {
        const symbol = this.qrSymbols.symbol(document.qrPayload);
        return [{ kind: 'qr', symbol, rect: qrRect(boxToPoints(element.box), symbol.modules) }];
      }
      default: {
        const unknown: never = element;
        throw new FormRenderError('FORM.LAYOUT_INVALID', `様式『${template.name}』に未知の要素があります: ${JSON.stringify(unknown)}`, template.id);
      }
    }
  }

  private text(element: FixedText, template: FormTemplateContent, warnings: Map<string, RenderWarning>): readonly DrawOp[] {
    let result = this.fixedText.get(element);
    if (!result) {
      result = planTextBlock(this.fonts, { text: element.text, rect: boxToPoints(element.box), style: element, minSize: defaultMinSize, wrap: 'auto' });
      this.fixedText.set(element, result);
    }
    if (!result.fits) {
      const excerpt = element.text.length > 12 ? `${element.text.slice(0, 12)}…` : element.text;
      throw new FormRenderError('FORM.TEXT_OVERFLOW', `様式『${template.name}』の固定文字『${excerpt}』が枠に収まりません（最小 ${defaultMinSize}pt）`, template.id);
    }
    for (const { issue, cluster } of result.issues) addWarning(warnings, template, undefined, issue, cluster);
    return result.ops;
  }

  private field(element: FieldElement, document: RenderDocument, field: FieldDefinition | undefined, warnings: Map<string, RenderWarning>): readonly DrawOp[] {
    const { template } = document;
    const value = document.values[element.fieldId];
    if (value === true) return [{ kind: 'tick', rect: boxToPoints(element.box) }];
    if (value === null || value === undefined || value === false || value === '') return [];
    const minSize = element.minSize ?? defaultMinSize;
    const result = planTextBlock(this.fonts, {
      text: value,
      rect: boxToPoints(element.box),
      style: element,
      minSize,
      ...(element.comb ? { comb: element.comb } : {}),
      wrap: wrapRuleOf(field?.type),
    });
    if (!result.fits) {
      throw new FormRenderError(
        'FORM.TEXT_OVERFLOW',
        `様式『${template.name}』の項目『${field?.label ?? element.fieldId}』が枠に収まりません（最小 ${minSize}pt）`,
        template.id,
        element.fieldId,
      );
    }
    for (const { issue, cluster } of result.issues) addWarning(warnings, template, field ?? { id: element.fieldId, label: element.fieldId }, issue, cluster);
    return result.ops;
  }

  private signature(fieldId: string, box: PtRect, document: RenderDocument, field: FieldDefinition | undefined): readonly DrawOp[] {
    const png = document.signatures[fieldId]?.png;
    if (!png) return [];
    const { template } = document;
    const invalid = (why: string) =>
      new FormRenderError('FORM.SIGNATURE_INVALID', `様式『${template.name}』の項目『${field?.label ?? fieldId}』の署名画像${why}`, template.id, fieldId);
    const size = pngSize(png);
    if (!size) throw invalid('が PNG ではありません');
    let prepared;
    try {
      prepared = this.signatureImages?.prepared(png) ?? null;
    } catch {
      throw invalid('を読み取れません（PNG が壊れています）');
    }
    return [{ kind: 'image', png, prepared, rect: fitImage(size, box) }];
  }
}

function addWarning(
  warnings: Map<string, RenderWarning>,
  template: FormTemplateContent,
  field: Pick<FieldDefinition, 'id' | 'label'> | undefined,
  code: GlyphIssue,
  cluster: string,
): void {
  const codePoints = describeCodePoints(cluster);
  const key = `${code}|${field?.id ?? ''}|${codePoints}`;
  if (warnings.has(key)) return;
  const where = field ? `項目『${field.label}』` : '固定文字';
  const message =
    code === 'FORM.GLYPH_MISSING'
      ? `様式『${template.name}』の${where}の文字 ${codePoints} はどのフォントにもないため「〓」で印刷しました`
      : `様式『${template.name}』の${where}の異体字 ${codePoints} に対応するフォントがないため標準の字形で印刷しました`;
  warnings.set(key, { code, templateId: template.id, ...(field ? { fieldId: field.id } : {}), codePoints, message });
}
