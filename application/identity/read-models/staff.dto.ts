import type { StaffRole } from '../contracts/staff-role.contract';

/** The logged-in clerk as the shell shows it. */
export interface StaffSessionDto {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
}

/** Answer to POST /api/auth/login and GET /api/auth/session. */
export interface LoginResultDto {
  readonly csrfToken: string;
  readonly staff: StaffSessionDto;
}

/** One row of the admin's staff list (GET /api/staff). */
export interface StaffAccountDto extends StaffSessionDto {
  readonly departmentNames: readonly string[];
  readonly counterName: string | null;
}
