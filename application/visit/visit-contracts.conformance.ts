import type { ProcedureStatus as RecordedProcedureStatus } from '../../domain/visit';
import type { Holds, Same } from '../shared/contract-conformance';
import type { ProcedureStatus } from './contracts/procedure-status.contract';

/** The statuses the events record are exactly the statuses the contract publishes. */
export type VisitContractsHold = [Holds<Same<RecordedProcedureStatus, ProcedureStatus>>];
