import type { StaffRole as RecordedStaffRole } from '../../domain/identity';
import type { Holds, Same } from '../shared/contract-conformance';
import type { StaffRole } from './contracts/staff-role.contract';

/** The roles the events record are exactly the roles the contract publishes. */
export type IdentityContractsHold = [Holds<Same<RecordedStaffRole, StaffRole>>];
