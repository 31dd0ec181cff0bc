import type { StaffRole } from '@madoguchi/application/identity/contracts/staff-role.contract';

/** Where each role lands after login (auditors get their own screens later; the queue for now). */
export function startPageFor(role: StaffRole): string {
  switch (role) {
    case 'admin':
      return '/admin/staff';
    case 'counter':
    case 'supervisor':
    case 'auditor':
      return '/queue';
    default: {
      const unknown: never = role;
      return unknown;
    }
  }
}
