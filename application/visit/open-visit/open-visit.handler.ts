import {
  type OpenVisit,
  visitDecider,
  visitEventTypes,
  visitStreamId,
  type VisitCommand,
  type VisitEvent,
  type VisitState,
} from '../../../domain/visit';
import type { CommandMetadata } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import { type AuthenticatedStaff, worksInDepartment } from '../../identity/authenticated-staff';
import { identityErrors } from '../../identity/identity.errors';
import { CommandHandler, domainEventReader } from '../../shared/command-handling';
import { encodePosition, type EventStore } from '../../shared/event-store';
import type { IdGenerator } from '../../shared/ports';
import type { VisitOpenedDto } from '../read-models/visit-detail.dto';

/** 受付: a clerk receives a resident at a counter of their department. */
export class OpenVisitHandler {
  private readonly handler: CommandHandler<VisitCommand, VisitEvent, VisitState>;

  constructor(
    store: EventStore,
    private readonly ids: IdGenerator,
    private readonly city: CityDirectory,
  ) {
    this.handler = new CommandHandler(store, visitDecider, domainEventReader(visitEventTypes), ids);
  }

  async execute(input: { counterId: string }, actor: AuthenticatedStaff, metadata: CommandMetadata): Promise<VisitOpenedDto> {
    const counter = this.city.requireCounter(input.counterId);
    if (actor.role === 'auditor') throw identityErrors.forbiddenRole();
    if (!worksInDepartment(actor, counter.departmentId)) throw identityErrors.forbiddenDepartment(counter.departmentName);
    const visitId = this.ids.next();
    const command: OpenVisit = {
      type: 'OpenVisit',
      data: { visitId, officeId: counter.officeId, departmentId: counter.departmentId, counterId: counter.id },
      metadata,
    };
    const result = await this.handler.handle(visitStreamId(visitId), command);
    if (!result.position) throw new Error('OpenVisit decided no event');
    return { id: visitId, revision: result.revision, position: encodePosition(result.position) };
  }
}
