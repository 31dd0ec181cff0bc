/** One problem found in a template: where (`fields[2].binding`, `pages[0].elements[5].box`) and what, in Japanese. */
export interface FormTemplateProblem {
  readonly path: string;
  readonly message: string;
}

export const TEMPLATE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const FIELD_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Font sizes (pt) a printed form may use. */
export const FONT_SIZE = { min: 4, max: 40 } as const;

export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';
