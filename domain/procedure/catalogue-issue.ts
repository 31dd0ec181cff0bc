/** One problem found in a catalogue: where (a path such as 'rules[3].when.and[1]') and what, in Japanese. */
export interface CatalogueIssue {
  readonly path: string;
  readonly message: string;
}

export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Issues for ids that are missing, badly formed or repeated in a list. */
export function checkIds(
  items: ReadonlyArray<{ readonly id: string }>,
  base: string,
  pattern: RegExp,
  label: string,
): CatalogueIssue[] {
  const seen = new Set<string>();
  return items.flatMap((item, index): CatalogueIssue[] => {
    const path = `${base}[${index}].id`;
    if (isBlank(item.id)) return [{ path, message: `${label}のIDがありません` }];
    const issues: CatalogueIssue[] = [];
    if (!pattern.test(item.id)) issues.push({ path, message: `${label}のID「${item.id}」の書き方が正しくありません` });
    if (seen.has(item.id)) issues.push({ path, message: `${label}のID「${item.id}」が重複しています` });
    seen.add(item.id);
    return issues;
  });
}
