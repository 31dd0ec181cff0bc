import { type StaffRole, staffRoleLabels } from '@madoguchi/application/identity/contracts/staff-role.contract';

/** The role as staff call it (the published labels, the same the server uses). */
export function roleLabel(role: StaffRole): string {
  return staffRoleLabels[role];
}
