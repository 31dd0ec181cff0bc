import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { VisitFormsDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import type { VisitFormsChanged } from '@madoguchi/application/form/contracts/visit-forms-changed.contract';
import type { Observable } from 'rxjs';

export type FormValue = string | boolean | null;

/** 申請書 of one visit: read, fill, enter values (If-Match), sign, void, print (PDF). */
@Injectable({ providedIn: 'root' })
export class VisitFormsApi {
  private readonly http = inject(HttpClient);

  /** `after`: the position of the clerk's own write, which the answer then includes. */
  forms(visitId: string, after: string | null = null): Observable<VisitFormsDto> {
    const params = after === null ? undefined : new HttpParams().set('after', after);
    return this.http.get<VisitFormsDto>(formsUrl(visitId), { params });
  }

  /**
   * 申請書を作成: every form the checklist needs, pre-filled (existing forms are kept). `after`: the position of
   * the clerk's last visit command (an interview answer just recorded): the server fills once it has seen it.
   */
  create(visitId: string, after: string | null = null): Observable<VisitFormsChanged> {
    const params = after === null ? undefined : new HttpParams().set('after', after);
    return this.http.post<VisitFormsChanged>(formsUrl(visitId), null, { params });
  }

  /** formId null: once for the whole visit (every form with that item). */
  enter(visitId: string, formId: string | null, values: Readonly<Record<string, FormValue>>, revision: number | null): Observable<VisitFormsChanged> {
    return this.http.put<VisitFormsChanged>(`${formsUrl(visitId)}/values`, { formId, values }, { headers: ifMatch(revision) });
  }

  sign(visitId: string, formId: string, fieldId: string, png: string): Observable<VisitFormsChanged> {
    return this.http.post<VisitFormsChanged>(`${formUrl(visitId, formId)}/signature`, { fieldId, png });
  }

  voidForm(visitId: string, formId: string, reason: string, revision: number | null): Observable<VisitFormsChanged> {
    return this.http.post<VisitFormsChanged>(`${formUrl(visitId, formId)}/void`, { reason }, { headers: ifMatch(revision) });
  }

  /**
   * Printed. signedOnPaper: the clerk's note that the resident signs the empty required boxes on paper (紙で署名済み);
   * without it, a form with an empty required box is refused (422 FORM.SIGNATURE_REQUIRED).
   */
  recordPrinted(visitId: string, formIds: readonly string[], signedOnPaper: { note: string } | null = null): Observable<VisitFormsChanged> {
    return this.http.post<VisitFormsChanged>(`${formsUrl(visitId)}/printed`, { formIds, printer: 'browser', ...(signedOnPaper ? { signedOnPaper } : {}) });
  }

  /** Every live form as one PDF (formId null), or one form; 422 FORM.MISSING_REQUIRED or FORM.SIGNATURE_REQUIRED lists what is missing. */
  pdf(visitId: string, formId: string | null): Observable<Blob> {
    return this.http.get(pdfUrl(visitId, formId), { responseType: 'blob' });
  }
}

export function pdfUrl(visitId: string, formId: string | null): string {
  return formId === null ? `${formsUrl(visitId)}/pdf` : `${formUrl(visitId, formId)}/pdf`;
}

function formsUrl(visitId: string): string {
  return `/api/visits/${encodeURIComponent(visitId)}/forms`;
}

function formUrl(visitId: string, formId: string): string {
  return `${formsUrl(visitId)}/${encodeURIComponent(formId)}`;
}

function ifMatch(revision: number | null): HttpHeaders | undefined {
  return revision === null || revision < 0 ? undefined : new HttpHeaders({ 'If-Match': `"${revision}"` });
}
