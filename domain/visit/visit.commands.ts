import type { CommandMetadata } from '../shared';

/** Receive a resident at a counter. Where the counter sits comes in with the command. */
export interface OpenVisit {
  readonly type: 'OpenVisit';
  readonly data: {
    readonly visitId: string;
    readonly officeId: string;
    readonly departmentId: string;
    readonly counterId: string;
  };
  readonly metadata: CommandMetadata;
}

export type VisitCommand = OpenVisit;
