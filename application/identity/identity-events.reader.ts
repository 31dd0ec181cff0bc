import { type StaffEvent, staffEventSchemaVersions, staffEventTypes } from '../../domain/identity';
import { type EventUpcaster, EventReader } from '../shared/events';

/**
 * Identity's upcasters, all in this one place (none yet: StaffAccountRegistered is at version 1). Every
 * read of the staff accounts' events goes through `staffEvents`: the register-staff handler and the
 * staff-account projection, so an upcaster added here reaches both.
 */
export const staffUpcasters: readonly EventUpcaster[] = [];

export const staffEvents = new EventReader<StaffEvent>(staffEventTypes, staffEventSchemaVersions, staffUpcasters);
