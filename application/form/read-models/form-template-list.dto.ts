import type { FormTemplateDocument } from './form-template.dto';

/** One row of GET /api/form-templates: what the admin's list shows of a template. */
export interface FormTemplateSummaryDto {
  readonly id: string;
  /** The draft's name if there is a draft, else the published version's. */
  readonly name: string;
  readonly category: string;
  readonly publishedVersion: number | null;
  readonly hasDraft: boolean;
  readonly retired: boolean;
  readonly updatedAt: string;
  readonly pages: number;
  /** The catalogue's procedures that name this template in their formIds. */
  readonly procedureIds: readonly string[];
}

/** GET /api/form-templates/:id: the document and the procedures that use the template. */
export interface FormTemplateDetailDto extends FormTemplateDocument {
  readonly procedureIds: readonly string[];
}

/** Answer to every command on a template (PUT .../draft, POST .../import, .../publish, .../retire). */
export interface TemplateChangedDto {
  readonly id: string;
  /** The revision of the template stream after the command (send it back as If-Match). */
  readonly revision: number;
  /** Encoded position of the last event written (null when nothing changed). */
  readonly position: string | null;
}
