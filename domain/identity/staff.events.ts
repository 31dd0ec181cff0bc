import type { DomainEvent } from '../shared';
import type { StaffRole } from './staff-role';

/*
 * Identity's events: one payload type per event and schema version (<Event>V<n>); the event types name the
 * current version. A stored event is never changed: a new shape is a new version in staffEventSchemaVersions
 * with an upcaster from the one before (application/identity/identity-events.reader.ts).
 */

/** v1: a staff account was created. The password arrives already hashed (never in clear). */
export interface StaffAccountRegisteredV1 {
  readonly staffId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
  readonly passwordHash: string;
  /** ISO-8601 */
  readonly registeredAt: string;
}

/** v1: every session of the account issued until `endedAt` ends (logout; later also disable, password change). */
export interface StaffSessionsEndedV1 {
  readonly staffId: string;
  readonly username: string;
  /** ISO-8601: sessions issued at or before this instant are no longer accepted. */
  readonly endedAt: string;
  readonly reason: 'logout';
}

export type StaffAccountRegistered = DomainEvent<'StaffAccountRegistered', StaffAccountRegisteredV1>;
/** ログアウト: all of the account's sessions end at once, live streams included. */
export type StaffSessionsEnded = DomainEvent<'StaffSessionsEnded', StaffSessionsEndedV1>;

export type StaffEvent = StaffAccountRegistered | StaffSessionsEnded;

/** The schema version each event is written at today (metadata.schemaVersion). */
export const staffEventSchemaVersions: Readonly<Record<StaffEvent['type'], number>> = {
  StaffAccountRegistered: 1,
  StaffSessionsEnded: 1,
};

export const staffEventTypes = Object.keys(staffEventSchemaVersions) as readonly StaffEvent['type'][];
