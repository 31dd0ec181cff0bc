/**
 * The roles of staff accounts and what staff call them: one declaration for the server (access policies,
 * HTTP validation, city configuration) and the Angular app (guards, start pages, labels).
 * The domain records a role in its events with its own type (domain/identity/staff-role.ts);
 * identity-contracts.conformance.ts keeps the two the same.
 */

/** 窓口職員 / 監督者 / 監査担当 / 管理者 */
export type StaffRole = 'counter' | 'supervisor' | 'auditor' | 'admin';

export const staffRoles: readonly StaffRole[] = ['counter', 'supervisor', 'auditor', 'admin'];

/** The role as staff call it. */
export const staffRoleLabels: Readonly<Record<StaffRole, string>> = {
  counter: '窓口職員',
  supervisor: '監督者',
  auditor: '監査担当',
  admin: '管理者',
};
