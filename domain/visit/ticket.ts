import type { CommandMetadata, DomainEvent } from '../shared';

/** 受付番号: numbers handed out per office per day, from 1. */
export type TicketIssued = DomainEvent<'TicketIssued', { officeId: string; day: string; number: number; visitId: string; issuedAt: string }>;

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
