import type { CommandMetadata, DomainEvent } from '../shared';

/**
 * v1: the office's next number of the day went to a visit. Its own payload type, like Visit's events: a new
 * shape is a new version in ticketEventSchemaVersions with an upcaster (application/visit/visit-events.reader.ts).
 */
export interface TicketIssuedV1 {
  readonly officeId: string;
  /** The local day (YYYY-MM-DD) in the city's time zone. */
  readonly day: string;
  readonly number: number;
  readonly visitId: string;
  /** ISO-8601 */
  readonly issuedAt: string;
}

/** 受付番号: numbers handed out per office per day, from 1. */
export type TicketIssued = DomainEvent<'TicketIssued', TicketIssuedV1>;

/** The schema version each ticket event is written at today (metadata.schemaVersion). */
export const ticketEventSchemaVersions: Readonly<Record<TicketIssued['type'], number>> = { TicketIssued: 1 };

export const ticketEventTypes = Object.keys(ticketEventSchemaVersions) as readonly TicketIssued['type'][];

export interface IssueTicket {
  readonly type: 'IssueTicket';
  readonly data: { readonly officeId: string; readonly day: string; readonly visitId: string };
  readonly metadata: CommandMetadata;
}

export interface TicketDispenserState {
  readonly lastNumber: number;
}

export const ticketDispenser = {
  initialState: { lastNumber: 0 } as TicketDispenserState,
  decide(command: IssueTicket, state: TicketDispenserState): TicketIssued[] {
    return [{ type: 'TicketIssued', data: { ...command.data, number: state.lastNumber + 1, issuedAt: command.metadata.now } }];
  },
  evolve(state: TicketDispenserState, event: TicketIssued): TicketDispenserState {
    return { lastNumber: Math.max(state.lastNumber, event.data.number) };
  },
};

/** `ticket-<office>-<yyyymmdd>`: one dispenser stream per office and day (the day in the city's time zone). */
export const ticketStreamId = (officeId: string, day: string): string => `ticket-${officeId}-${day.replaceAll('-', '')}`;
