/**
 * The role a staff account is registered with, as the identity events record it. The published
 * vocabulary (the list and the Japanese labels) is application/identity/contracts/staff-role.contract.ts;
 * application/identity/identity-contracts.conformance.ts keeps this type the same as the contract's.
 */
export type StaffRole = 'counter' | 'supervisor' | 'auditor' | 'admin';
