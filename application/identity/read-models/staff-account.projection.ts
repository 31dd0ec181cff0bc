import type { StaffAccountRegistered } from '../../../domain/identity';
import type { StaffRole } from '../contracts/staff-role.contract';
import type { RecordedEvent } from '../../shared/event-store';
import type { DocumentProjection } from '../../shared/projections';

/** A staff account as login and the staff list need it. */
export interface StaffAccountDocument {
  readonly staffId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
  readonly passwordHash: string;
}

const registered = (event: RecordedEvent) => event.data as StaffAccountRegistered['data'];

/** Keyed by username, the key a login looks up (and the stream id's suffix). */
export const staffAccountProjection: DocumentProjection<StaffAccountDocument> = {
  readModel: 'staff-account',
  version: 1,
  eventTypes: ['StaffAccountRegistered'],
  keysOf: (event) => [registered(event).username],
  evolve: (_doc, event) => {
    const data = registered(event);
    return {
      staffId: data.staffId,
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      departmentIds: data.departmentIds,
      counterId: data.counterId,
      passwordHash: data.passwordHash,
    };
  },
};
