import type { StaffRole } from '../contracts/staff-role.contract';
import type { DocumentProjection } from '../../shared/projections';
import { staffEvents } from '../identity-events.reader';

/** A staff account as login and the staff list need it. */
export interface StaffAccountDocument {
  readonly staffId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
  readonly passwordHash: string;
  /** Sessions issued at or before this instant (ISO) are no longer accepted; null: none ended. */
  readonly sessionsEndedAt: string | null;
}

/** Keyed by username, the key a login looks up (and the stream id's suffix); read through staffEvents, so upcasters apply. */
export const staffAccountProjection: DocumentProjection<StaffAccountDocument> = {
  readModel: 'staff-account',
  // 2: sessionsEndedAt (StaffSessionsEnded).
  version: 2,
  eventTypes: staffEvents.eventTypes,
  keysOf: (recorded) => {
    const event = staffEvents.read(recorded);
    return event ? [event.data.username] : [];
  },
  evolve: (doc, recorded) => {
    const event = staffEvents.read(recorded);
    if (!event) return doc;
    if (event.type === 'StaffSessionsEnded') return doc ? { ...doc, sessionsEndedAt: event.data.endedAt } : doc;
    const { data } = event;
    return {
      staffId: data.staffId,
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      departmentIds: [...data.departmentIds],
      counterId: data.counterId,
      passwordHash: data.passwordHash,
      sessionsEndedAt: doc?.sessionsEndedAt ?? null,
    };
  },
};
