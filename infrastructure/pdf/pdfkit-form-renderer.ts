import {
  FormRenderError,
  type FontAvailability,
  type FormRenderer,
  type RenderDocument,
  type RenderResult,
} from '../../application/form/form-renderer.port';
import type { Logger } from '../../application/shared/ports';
import type { FontSubsetter } from './font-face';
import { FontRegistry } from './font-registry';
import { FormDocumentPlanner } from './form-document.planner';
import { writePdf, yieldToEventLoop } from './pdf.writer';
import { QrSymbolCache } from './qr-symbols';
import { SignatureImageCache } from './signature-images';

/**
 * The Form context's renderer on pdfkit: lays every document out first (fonts, fallback, fitting; any
 * FormRenderError is thrown here, before a byte is written), then draws them all into one PDF.
 */
export interface PdfkitFormRendererOptions {
  /** Warnings (substituted characters) go here when `render` is used. */
  readonly logger?: Logger;
  /** The process's fonts by default; tests may pass a registry over other files. */
  readonly fonts?: FontRegistry;
  /**
   * Font subsets: 'own' (truetype-subset.ts, the default) or 'fontkit' (pdfkit's own subsetting). The
   * switches exist to benchmark our code against pdfkit's own path (tests/bench/pdf-paths.bench.ts).
   */
  readonly fontSubsetter?: FontSubsetter;
  /**
   * Signature PNGs: 'own' (decoded by signature-images.ts, the default) or 'pdfkit' (pdfkit and png-js).
   * For benchmarks only: with 'pdfkit', a damaged signature PNG throws outside any promise and ends the process.
   */
  readonly pngDecoder?: 'own' | 'pdfkit';
}

export class PdfkitFormRenderer implements FormRenderer {
  private readonly planner: FormDocumentPlanner;
  private readonly fontRegistry: FontRegistry;
  private readonly logger: Logger | undefined;
  private readonly fontSubsetter: FontSubsetter;

  constructor(options: PdfkitFormRendererOptions = {}) {
    this.fontRegistry = options.fonts ?? FontRegistry.shared();
    this.logger = options.logger;
    this.fontSubsetter = options.fontSubsetter ?? 'own';
    const signatures = (options.pngDecoder ?? 'own') === 'own' ? new SignatureImageCache() : null;
    this.planner = new FormDocumentPlanner(this.fontRegistry, new QrSymbolCache(), signatures);
    const fonts = this.fontRegistry.availability();
    if (!fonts.ipamjMincho) {
      this.logger?.warn('IPAmj Mincho not found: MJ characters and variation sequences print as 〓 or their base form (install fonts-ipamj-mincho or set IPAMJ_FONT_PATH)', { ipamjPath: fonts.ipamjPath });
    }
  }

  async render(documents: readonly RenderDocument[]): Promise<Buffer> {
    const result = await this.renderWithReport(documents);
    for (const warning of result.warnings) {
      this.logger?.warn('form printed with a substituted character', { code: warning.code, templateId: warning.templateId, fieldId: warning.fieldId, codePoints: warning.codePoints });
    }
    return result.pdf;
  }

  async renderWithReport(documents: readonly RenderDocument[]): Promise<RenderResult> {
    if (documents.length === 0) throw new FormRenderError('FORM.NOTHING_TO_RENDER', '印刷する様式がありません');
    const plans = [];
    for (const document of documents) {
      plans.push(this.planner.plan(document));
      if (documents.length > 1) await yieldToEventLoop();
    }
    let written: { pdf: Buffer; pageCount: number };
    try {
      written = await writePdf(plans, this.fontSubsetter);
    } catch (error) {
      // Planning checked the PNG header; pdfkit decodes the rest of a signature only while drawing.
      if (error instanceof Error && /png|image/i.test(error.message)) {
        throw new FormRenderError('FORM.SIGNATURE_INVALID', `署名画像を読み取れません（${error.message}）`);
      }
      throw error;
    }
    return { ...written, warnings: plans.flatMap((plan) => plan.warnings) };
  }

  fonts(): FontAvailability {
    return this.fontRegistry.availability();
  }

  /** Parses every font file now, so that the first print does not pay for it (call at start). */
  warmUp(): void {
    this.fontRegistry.preload();
  }
}
