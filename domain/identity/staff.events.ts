import type { DomainEvent } from '../shared';
import type { StaffRole } from './staff-role';

/** A staff account was created. The password arrives already hashed (never in clear). */
export type StaffAccountRegistered = DomainEvent<
  'StaffAccountRegistered',
  {
    staffId: string;
    username: string;
    displayName: string;
    role: StaffRole;
    departmentIds: string[];
    counterId: string | null;
    passwordHash: string;
    registeredAt: string;
  }
>;

export type StaffEvent = StaffAccountRegistered;

export const staffEventTypes: readonly StaffEvent['type'][] = ['StaffAccountRegistered'];
