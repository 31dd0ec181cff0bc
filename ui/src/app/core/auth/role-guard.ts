import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { StaffRole } from '@madoguchi/application/identity/contracts/staff-role.contract';
import { Session } from './session';
import { startPageFor } from './start-page';

/** Only the given roles pass; others are sent to their own start page (the server checks again). */
export function roleGuard(...roles: StaffRole[]): CanActivateFn {
  return () => {
    const staff = inject(Session).staff();
    const router = inject(Router);
    if (!staff) return router.parseUrl('/login');
    return roles.includes(staff.role) ? true : router.parseUrl(startPageFor(staff.role));
  };
}
