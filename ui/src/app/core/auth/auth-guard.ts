import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { Session } from './session';

/** Lets a clerk with a live session through (restoring it after a reload); everyone else goes to /login. */
export const authGuard: CanActivateFn = async () => {
  const router = inject(Router);
  return (await inject(Session).restore()) ? true : router.parseUrl('/login');
};
