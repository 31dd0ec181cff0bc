import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import type { CityDto, CounterDto, DepartmentDto } from '@madoguchi/application/city/city.dto';
import { Session } from '../auth/session';

/** The city's offices, departments and counters (`GET /api/city`, `GET /api/counters`), loaded once per login. */
@Injectable({ providedIn: 'root' })
export class CityDirectory {
  private readonly session = inject(Session);
  private readonly cityResource = httpResource<CityDto>(() => (this.session.staff() ? '/api/city' : undefined));
  private readonly counterResource = httpResource<CounterDto[]>(() =>
    this.session.staff() ? '/api/counters' : undefined,
  );

  readonly city = computed<CityDto | null>(() => (this.cityResource.hasValue() ? this.cityResource.value() : null));
  readonly departments = computed<readonly DepartmentDto[]>(() => this.city()?.departments ?? []);
  readonly counters = computed<readonly CounterDto[]>(() =>
    this.counterResource.hasValue() ? this.counterResource.value() : [],
  );

  departmentName(id: string): string {
    return this.departments().find((department) => department.id === id)?.name ?? '';
  }

  counter(id: string | null): CounterDto | null {
    return id === null ? null : (this.counters().find((counter) => counter.id === id) ?? null);
  }
}
