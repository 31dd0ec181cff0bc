import { type IssueTicket, type TicketIssued, ticketDispenser, ticketStreamId } from '../../../domain/visit';
import type { CommandMetadata } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import { CommandHandler, ConcurrencyConflictError } from '../../shared/command-handling';
import type { EventStore } from '../../shared/event-store';
import type { IdGenerator } from '../../shared/ports';
import type { VisitOpenedDto } from '../read-models/visit-workspace.dto';
import type { VisitCommandRunner } from '../visit-command.runner';
import { ticketEvents } from '../visit-events.reader';

/** 受付: a clerk receives a resident at a counter of their department; the office's next ticket number. */
export class OpenVisitHandler {
  private readonly tickets: CommandHandler<IssueTicket, TicketIssued, typeof ticketDispenser.initialState>;

  constructor(
    store: EventStore,
    private readonly ids: IdGenerator,
    private readonly city: CityDirectory,
    private readonly visits: VisitCommandRunner,
    private readonly localDay: (instant: string) => string,
  ) {
    this.tickets = new CommandHandler(store, ticketDispenser, ticketEvents, ids);
  }

  async execute(input: { counterId: string }, metadata: CommandMetadata): Promise<VisitOpenedDto> {
    const counter = this.city.requireCounter(input.counterId);
    const visitId = this.ids.next();
    const ticketNumber = await this.issueTicket(counter.officeId, visitId, metadata);
    const result = await this.visits.run(
      visitId,
      [{ type: 'OpenVisit', data: { visitId, officeId: counter.officeId, departmentId: counter.departmentId, counterId: counter.id, ticketNumber }, metadata }],
      metadata,
    );
    return { id: visitId, ticketNumber, revision: result.revision, position: result.position ?? '' };
  }

  /** Safe to re-decide: on a race for the same number, take the next one. */
  private async issueTicket(officeId: string, visitId: string, metadata: CommandMetadata): Promise<number> {
    const day = this.localDay(metadata.now);
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await this.tickets.handle(ticketStreamId(officeId, day), { type: 'IssueTicket', data: { officeId, day, visitId }, metadata });
        return result.events[0]!.data.number;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= 20) throw error;
      }
    }
  }
}
