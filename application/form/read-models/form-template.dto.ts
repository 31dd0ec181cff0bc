import type { FormTemplateContent } from '../contracts/form-template.contract';

/** A template as admins see it (GET /api/form-templates/:id adds procedureIds). */
export interface FormTemplateDocument {
  readonly id: string;
  readonly revision: number;
  readonly draft: FormTemplateContent | null;
  readonly published: { readonly version: number; readonly publishedAt: string; readonly content: FormTemplateContent } | null;
  readonly versions: ReadonlyArray<{ readonly version: number; readonly publishedAt: string }>;
  readonly retired: { readonly reason: string; readonly at: string } | null;
  readonly updatedAt: string;
}
