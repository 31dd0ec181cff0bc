/** 窓口職員 / 監督者 / 監査担当 / 管理者 */
export type StaffRole = 'counter' | 'supervisor' | 'auditor' | 'admin';

export const staffRoles: readonly StaffRole[] = ['counter', 'supervisor', 'auditor', 'admin'];

export const staffRoleLabels: Readonly<Record<StaffRole, string>> = {
  counter: '窓口職員',
  supervisor: '監督者',
  auditor: '監査担当',
  admin: '管理者',
};
