import { type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Session } from '../auth/session';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Adds `X-CSRF-Token` to every unsafe request except the login itself (which has no token yet). */
export const csrfInterceptor: HttpInterceptorFn = (request, next) => {
  const token = inject(Session).csrfToken();
  const unsafe = !safeMethods.has(request.method.toUpperCase());
  if (!unsafe || !token || request.url.endsWith('/api/auth/login')) return next(request);
  return next(request.clone({ setHeaders: { 'X-CSRF-Token': token } }));
};
