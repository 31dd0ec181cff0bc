import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from './problem-message';

/**
 * A call made with `responseType: 'blob'` (a PDF) gets its error body as a Blob too: read it back as the
 * problem details the server sent (422 with `errors[]`), or null when it was not JSON.
 */
export async function problemFromBlobError(error: unknown): Promise<ProblemDetails | null> {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (body instanceof Blob) {
    try {
      const parsed: unknown = JSON.parse(await body.text());
      return typeof parsed === 'object' && parsed !== null ? (parsed as ProblemDetails) : null;
    } catch {
      return null;
    }
  }
  return typeof body === 'object' && body !== null ? (body as ProblemDetails) : null;
}
