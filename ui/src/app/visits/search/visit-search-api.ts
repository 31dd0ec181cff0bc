import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { VisitSearchStatusFilter } from '@madoguchi/application/visit/contracts/visit-search-status.contract';
import type { VisitSearchResultDto } from '@madoguchi/application/visit/read-models/visit-search.dto';
import type { Observable } from 'rxjs';

/** What the search screen asks: a period (YYYY-MM-DD), and optionally a ticket, a name and a status. */
export interface VisitSearchCriteria {
  readonly from: string;
  readonly to: string;
  readonly ticket?: string;
  readonly name?: string;
  readonly status?: VisitSearchStatusFilter;
}

/** GET /api/visits/search: one page of the visits found, newest first; `cursor` continues a search. */
@Injectable({ providedIn: 'root' })
export class VisitSearchApi {
  private readonly http = inject(HttpClient);

  search(criteria: VisitSearchCriteria, cursor: string | null = null, limit = 50): Observable<VisitSearchResultDto> {
    let params = new HttpParams().set('limit', limit);
    for (const [key, value] of Object.entries(criteria)) {
      if (typeof value === 'string' && value.trim() !== '') params = params.set(key, value.trim());
    }
    if (cursor !== null) params = params.set('cursor', cursor);
    return this.http.get<VisitSearchResultDto>('/api/visits/search', { params });
  }
}
