import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DepartmentQueueDto } from '@madoguchi/application/visit/read-models/department-queue.dto';
import type { VisitChangedDto, VisitOpenedDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { catchError, mergeMap, type Observable, of, retry, throwError, timer } from 'rxjs';
import { isBefore } from '../core/live/read-position';

class ReadModelBehind {
  constructor(readonly queue: DepartmentQueueDto) {}
}

/** The department queue read model, and the two commands of the queue screen: 受付を開始 and 呼出. */
@Injectable({ providedIn: 'root' })
export class QueueApi {
  private readonly http = inject(HttpClient);

  departmentQueue(departmentId: string): Observable<DepartmentQueueDto> {
    return this.http.get<DepartmentQueueDto>(`/api/departments/${encodeURIComponent(departmentId)}/queue`);
  }

  /**
   * The queue once its read model has reached `position` (the clerk's own action), polling briefly;
   * if it is still behind after that, the last answer (the live channel will bring the rest).
   */
  departmentQueueAtLeast(departmentId: string, position: string): Observable<DepartmentQueueDto> {
    return this.departmentQueue(departmentId).pipe(
      mergeMap((queue) => (isBefore(queue.position, position) ? throwError(() => new ReadModelBehind(queue)) : of(queue))),
      retry({ count: 10, delay: (error: unknown) => (error instanceof ReadModelBehind ? timer(30) : throwError(() => error)) }),
      catchError((error: unknown) => (error instanceof ReadModelBehind ? of(error.queue) : throwError(() => error))),
    );
  }

  openVisit(counterId: string): Observable<VisitOpenedDto> {
    return this.http.post<VisitOpenedDto>('/api/visits', { counterId });
  }

  /** 呼出: the resident waiting at this department is served at `counterId` from now on. */
  callVisit(visitId: string, counterId: string): Observable<VisitChangedDto> {
    return this.http.post<VisitChangedDto>(`/api/visits/${encodeURIComponent(visitId)}/service-start`, { counterId });
  }
}
