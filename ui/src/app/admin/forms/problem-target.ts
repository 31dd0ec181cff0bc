/** What a problem's path (`pages[0].elements[3].box`, `fields[2].binding`) points at in the designer. */
export type ProblemTarget =
  | { readonly kind: 'element'; readonly page: number; readonly index: number }
  | { readonly kind: 'page'; readonly page: number }
  | { readonly kind: 'field'; readonly index: number }
  | { readonly kind: 'template' };

export function problemTarget(path: string): ProblemTarget {
  const element = /^pages\[(\d+)\]\.elements\[(\d+)\]/.exec(path);
  if (element) return { kind: 'element', page: Number(element[1]), index: Number(element[2]) };
  const page = /^pages\[(\d+)\]/.exec(path);
  if (page) return { kind: 'page', page: Number(page[1]) };
  const field = /^fields\[(\d+)\]/.exec(path);
  if (field) return { kind: 'field', index: Number(field[1]) };
  return { kind: 'template' };
}
