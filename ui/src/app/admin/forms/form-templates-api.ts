import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { FormTemplateContent } from '@madoguchi/application/form/contracts/form-template.contract';
import type { Observable } from 'rxjs';
import type { FormTemplateDocumentDto, FormTemplateSummary, TemplateChanged } from './form-template.models';

/** 様式の管理: list, read, save the draft (If-Match), import, publish, retire, preview as PDF. */
@Injectable({ providedIn: 'root' })
export class FormTemplatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<FormTemplateSummary[]> {
    return this.http.get<FormTemplateSummary[]>('/api/form-templates');
  }

  /** `after`: the position of one's own last save; the server answers once its read model includes it. */
  get(id: string, after: string | null = null): Observable<FormTemplateDocumentDto> {
    return this.http.get<FormTemplateDocumentDto>(templateUrl(id), after ? { params: { after } } : {});
  }

  /** revision null: a new template (no If-Match). */
  saveDraft(content: FormTemplateContent, revision: number | null): Observable<TemplateChanged> {
    return this.http.put<TemplateChanged>(`${templateUrl(content.id)}/draft`, { content }, { headers: ifMatch(revision) });
  }

  import(template: unknown, publish: boolean): Observable<TemplateChanged> {
    return this.http.post<TemplateChanged>('/api/form-templates/import', { template, publish });
  }

  publish(id: string, revision: number): Observable<TemplateChanged> {
    return this.http.post<TemplateChanged>(`${templateUrl(id)}/publish`, null, { headers: ifMatch(revision) });
  }

  retire(id: string, reason: string, revision: number): Observable<TemplateChanged> {
    return this.http.post<TemplateChanged>(`${templateUrl(id)}/retire`, { reason }, { headers: ifMatch(revision) });
  }

  /** The template as a PDF filled with sample data; 422 lists every problem. */
  preview(content: FormTemplateContent): Observable<Blob> {
    return this.http.post('/api/form-templates/preview', { content }, { responseType: 'blob' });
  }
}

/** The JSON file of a template (the draft if any, else the published version), as a download. */
export function exportUrl(id: string): string {
  return `${templateUrl(id)}/export`;
}

function templateUrl(id: string): string {
  return `/api/form-templates/${encodeURIComponent(id)}`;
}

function ifMatch(revision: number | null): HttpHeaders | undefined {
  return revision === null ? undefined : new HttpHeaders({ 'If-Match': `"${revision}"` });
}
