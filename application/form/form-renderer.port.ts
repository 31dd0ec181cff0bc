import type { FormTemplateContent } from '../../domain/form/form-template.types';
import { DomainError } from '../../domain/shared';

/** A field's value as printed: text already resolved and formatted (dates already in the era), a tick, or nothing. */
export type RenderValue = string | boolean | null;

/** One filled-in form: a template version and what goes into it. */
export interface RenderDocument {
  readonly template: FormTemplateContent;
  /** By field id; text is printed as given (names exactly as registered, IVS included). */
  readonly values: Readonly<Record<string, RenderValue>>;
  /** By field id of a `signature` field: a PNG image; absent when not signed. */
  readonly signatures: Readonly<Record<string, { readonly png: Buffer } | undefined>>;
  /** What the QR code carries, e.g. 'MDG1:form:<uuid>:v3'. Never personal data. */
  readonly qrPayload: string;
  /** The PDF title when this document comes first; the template's name otherwise. */
  readonly title?: string;
}

/**
 * Something printed differently from what was given, which staff should look at:
 * GLYPH_MISSING: no font has the character, 〓 was printed in its place;
 * VARIATION_MISSING: no font has the requested variation (IVS) of a character, its base form was printed.
 */
export interface RenderWarning {
  readonly code: 'FORM.GLYPH_MISSING' | 'FORM.VARIATION_MISSING';
  readonly templateId: string;
  /** The field whose value held the character; absent for a template's fixed text. */
  readonly fieldId?: string;
  /** U+20BB7, or U+8FBB U+E0102 for a variation sequence. */
  readonly codePoints: string;
  readonly message: string;
}

export interface RenderResult {
  readonly pdf: Buffer;
  readonly pageCount: number;
  readonly warnings: readonly RenderWarning[];
}

/** Fonts found at start. Without IPAmj Mincho, MJ characters and variation sequences print as their base form or 〓. */
export interface FontAvailability {
  readonly gothic: boolean;
  readonly gothicBold: boolean;
  readonly mincho: boolean;
  readonly minchoBold: boolean;
  readonly ipamjMincho: boolean;
  /** Where IPAmj Mincho was looked for or found (IPAMJ_FONT_PATH, else the Debian path). */
  readonly ipamjPath: string;
}

/** Prints filled-in forms; several documents (a visit's forms) go into ONE PDF, in order. */
export interface FormRenderer {
  /** Throws FormRenderError; nothing is returned half-written. Warnings are logged. */
  render(documents: readonly RenderDocument[]): Promise<Buffer>;
  /** The same, with the page count and the warnings for the caller to show. */
  renderWithReport(documents: readonly RenderDocument[]): Promise<RenderResult>;
  fonts(): FontAvailability;
  /** Loads the fonts now (at start) so that the first print does not wait for them. */
  warmUp(): void;
}

export type FormRenderErrorCode = 'FORM.TEXT_OVERFLOW' | 'FORM.SIGNATURE_INVALID' | 'FORM.LAYOUT_INVALID' | 'FORM.NOTHING_TO_RENDER';

/** A form that cannot be printed as asked: the code says why, the message (Japanese) says where. */
export class FormRenderError extends DomainError {
  constructor(
    override readonly code: FormRenderErrorCode,
    message: string,
    readonly templateId?: string,
    readonly fieldId?: string,
  ) {
    super(code, 'invalid', message, fieldId ? [{ field: fieldId, message }] : undefined);
    this.name = 'FormRenderError';
  }
}
