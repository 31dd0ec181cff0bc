import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginResultDto, StaffSessionDto } from '@madoguchi/application/identity/read-models/staff.dto';
import { firstValueFrom, map, type Observable, tap } from 'rxjs';

/** The logged-in clerk and the CSRF token of their server session (the session itself is an HttpOnly cookie). */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoginResultDto | null>(null);
  private restoring: Promise<boolean> | null = null;

  readonly staff = computed<StaffSessionDto | null>(() => this.current()?.staff ?? null);
  readonly csrfToken = computed<string | null>(() => this.current()?.csrfToken ?? null);

  login(username: string, password: string): Observable<StaffSessionDto> {
    return this.http.post<LoginResultDto>('/api/auth/login', { username, password }).pipe(
      tap((result) => this.establish(result)),
      map((result) => result.staff),
    );
  }

  /** After a reload: asks the server once whether the session cookie is still good. */
  restore(): Promise<boolean> {
    if (this.current()) return Promise.resolve(true);
    this.restoring ??= firstValueFrom(this.http.get<LoginResultDto>('/api/auth/session')).then(
      (result) => {
        this.establish(result);
        return true;
      },
      () => false,
    ).finally(() => (this.restoring = null));
    return this.restoring;
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', null).pipe(tap({ finalize: () => this.clear() }));
  }

  establish(result: LoginResultDto): void {
    this.current.set(result);
  }

  clear(): void {
    this.current.set(null);
  }
}
