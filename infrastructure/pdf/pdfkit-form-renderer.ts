import {
  FormRenderError,
  type FontAvailability,
  type FormRenderer,
  type RenderDocument,
  type RenderResult,
} from '../../application/form/form-renderer.port';
import type { Logger } from '../../application/shared/ports';
import { FontRegistry } from './font-registry';
import { FormDocumentPlanner } from './form-document.planner';
import { writePdf } from './pdf.writer';
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
}

export class PdfkitFormRenderer implements FormRenderer {
  private readonly planner: FormDocumentPlanner;
  private readonly fontRegistry: FontRegistry;
  private readonly logger: Logger | undefined;

  constructor(options: PdfkitFormRendererOptions = {}) {
    this.fontRegistry = options.fonts ?? FontRegistry.shared();
    this.logger = options.logger;
    this.planner = new FormDocumentPlanner(this.fontRegistry, new QrSymbolCache(), new SignatureImageCache());
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
    const plans = documents.map((document) => this.planner.plan(document));
    let written: { pdf: Buffer; pageCount: number };
    try {
      written = await writePdf(plans);
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
