/**
 * Where the next page of a search starts: just after the last visit of this one, in the search's order
 * (newest opening first). Opaque to the caller (base64url of JSON); a cursor that does not decode is
 * undefined, which the edge answers with a 400.
 */
export interface VisitSearchCursor {
  /** The opening day (city time zone) of the last visit shown. */
  readonly day: string;
  readonly openedAt: string;
  readonly visitId: string;
}

export function encodeVisitSearchCursor(cursor: VisitSearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.day, cursor.openedAt, cursor.visitId]), 'utf8').toString('base64url');
}

export function decodeVisitSearchCursor(text: string): VisitSearchCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === 'string')) return undefined;
    const [day, openedAt, visitId] = value as [string, string, string];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(openedAt)) || visitId === '') return undefined;
    return { day, openedAt, visitId };
  } catch {
    return undefined;
  }
}

/** Whether a visit comes after the cursor in the search's order (opened earlier; the same instant: smaller id). */
export function comesAfter(visit: { readonly openedAt: string; readonly visitId: string }, cursor: VisitSearchCursor): boolean {
  return visit.openedAt < cursor.openedAt || (visit.openedAt === cursor.openedAt && visit.visitId < cursor.visitId);
}
