import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ResidentSearchResultDto } from '@madoguchi/application/linkage/resident-register/resident.dto';
import type { VisitChangedDto, VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import type { Observable } from 'rxjs';

/** What a clerk can search the register by; empty fields are left out. */
export interface ResidentQuery {
  readonly name?: string;
  readonly kana?: string;
  /** YYYY-MM-DD */
  readonly birthDate?: string;
  readonly address?: string;
  readonly atena?: string;
}

export type VisitCommandMethod = 'POST' | 'PUT' | 'DELETE';

/** The workspace's endpoints: read the visit, send its commands (with If-Match), search the register. */
@Injectable({ providedIn: 'root' })
export class VisitApi {
  private readonly http = inject(HttpClient);

  /** `after`: the position of the clerk's own write, which the answer then includes. */
  workspace(visitId: string, after: string | null = null): Observable<VisitWorkspaceDto> {
    const params = after === null ? undefined : new HttpParams().set('after', after);
    return this.http.get<VisitWorkspaceDto>(visitUrl(visitId), { params });
  }

  /**
   * One visit command, e.g. `command(id, 'POST', '/hand-off', body, 7)`. `revision` is the one the
   * screen shows: the server answers 412 when the visit changed since (If-Match).
   */
  command(visitId: string, method: VisitCommandMethod, path: string, body: object | null, revision: number | null): Observable<VisitChangedDto> {
    const headers = revision === null ? undefined : new HttpHeaders({ 'If-Match': `"${revision}"` });
    return this.http.request<VisitChangedDto>(method, `${visitUrl(visitId)}${path}`, {
      body: body ?? undefined,
      headers,
    });
  }

  searchResidents(query: ResidentQuery): Observable<ResidentSearchResultDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (typeof value === 'string' && value.trim() !== '') params = params.set(key, value.trim());
    }
    return this.http.get<ResidentSearchResultDto>('/api/residents', { params });
  }
}

function visitUrl(visitId: string): string {
  return `/api/visits/${encodeURIComponent(visitId)}`;
}
