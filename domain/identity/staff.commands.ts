import type { CommandMetadata } from '../shared';
import type { StaffRole } from './staff-role';

export interface RegisterStaffAccount {
  readonly type: 'RegisterStaffAccount';
  readonly data: {
    readonly staffId: string;
    readonly username: string;
    readonly displayName: string;
    readonly role: StaffRole;
    readonly departmentIds: readonly string[];
    readonly counterId: string | null;
    readonly passwordHash: string;
  };
  readonly metadata: CommandMetadata;
}

export interface EndStaffSessions {
  readonly type: 'EndStaffSessions';
  readonly data: { readonly username: string; readonly reason: 'logout' };
  readonly metadata: CommandMetadata;
}

export type StaffCommand = RegisterStaffAccount | EndStaffSessions;
