import type { StaffRole } from '@madoguchi/application/identity/read-models/staff.dto';

const labels: Record<StaffRole, string> = {
  counter: '窓口職員',
  supervisor: '監督者',
  auditor: '監査担当',
  admin: '管理者',
};

/** The role as staff call it. */
export function roleLabel(role: StaffRole): string {
  return labels[role];
}
