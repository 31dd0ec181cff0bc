import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { Session } from './session';
import { startPageFor } from './start-page';

/** The bare address "/" leads to the start page of the clerk's role. */
export const startPageGuard: CanActivateFn = () => {
  const staff = inject(Session).staff();
  return inject(Router).parseUrl(staff ? startPageFor(staff.role) : '/login');
};
