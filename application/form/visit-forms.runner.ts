import { visitFormsDecider, type VisitFormsCommand, visitFormsStreamId } from '../../domain/form/visit-forms.decider';
import type { VisitFormsEvent } from '../../domain/form/visit-forms.events';
import type { VisitFormsState } from '../../domain/form/visit-forms.state';
import { CommandHandler, type CommandStep } from '../shared/command-handling';
import { encodePosition, type EventStore } from '../shared/event-store';
import type { IdGenerator } from '../shared/ports';
import type { VisitFormsChanged } from './contracts/visit-forms-changed.contract';
import { visitFormsEvents } from './form-events.reader';

/** Runs commands on a visit's form stream (`visit-forms-<visitId>`). */
export class VisitFormsRunner {
  private readonly handler: CommandHandler<VisitFormsCommand, VisitFormsEvent, VisitFormsState>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.handler = new CommandHandler(store, visitFormsDecider, visitFormsEvents, ids);
  }

  async run(visitId: string, steps: ReadonlyArray<CommandStep<VisitFormsCommand, VisitFormsState>>, expectedRevision?: number): Promise<VisitFormsChanged> {
    const result = await this.handler.handleSteps(visitFormsStreamId(visitId), steps, expectedRevision === undefined ? {} : { expectedRevision });
    return { visitId, revision: result.revision, position: result.position ? encodePosition(result.position) : null, changed: result.events.length > 0 };
  }
}
