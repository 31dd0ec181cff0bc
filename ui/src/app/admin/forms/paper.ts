import { type FormTemplateContent, type LayoutElement, paperSizes } from '@madoguchi/application/form/contracts/form-template.contract';

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/** The page of a template in millimetres (the server's published `paperSizes`, portrait), turned for landscape. */
export function pageSize(paper: FormTemplateContent['paper']): PageSize {
  const size = paperSizes[paper.size] ?? paperSizes.A4;
  return paper.orientation === 'landscape' ? { width: size.height, height: size.width } : size;
}

export const paperLabels = { A4: 'A4', A3: 'A3' } as const;
export const orientationLabels = { portrait: '縦', landscape: '横' } as const;

/** The same rule as the server: lowercase words joined by hyphens. */
export const templateIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The same rule as the server: lowercase words joined by underscores, starting with a letter. */
export const fieldIdPattern = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export interface NewTemplate {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly paper: FormTemplateContent['paper'];
  readonly perPerson: boolean;
}

/** A blank page to start from: the title at the top and the QR code every page needs, nothing else. */
export function blankTemplate(template: NewTemplate): FormTemplateContent {
  const page = pageSize(template.paper);
  return {
    id: template.id,
    name: template.name,
    category: template.category,
    description: '',
    paper: template.paper,
    perPerson: template.perPerson,
    fields: [],
    pages: [{ elements: [titleElement(template.name, page), qrElement(page)] }],
  };
}

export function titleElement(text: string, page: PageSize): LayoutElement {
  return { kind: 'text', box: { x: 30, y: 12, width: page.width - 60, height: 12 }, text, font: 'mincho', size: 18, align: 'center', valign: 'middle', bold: true };
}

export function qrElement(page: PageSize): LayoutElement {
  return { kind: 'qr', box: { x: page.width - 28, y: 8, width: 18, height: 18 } };
}
