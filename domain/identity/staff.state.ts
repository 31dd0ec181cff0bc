import type { StaffRole } from './staff-role';

export type StaffState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active';
      readonly staffId: string;
      readonly username: string;
      readonly role: StaffRole;
      readonly departmentIds: readonly string[];
      readonly counterId: string | null;
    };

export const initialStaffState: StaffState = { status: 'none' };
