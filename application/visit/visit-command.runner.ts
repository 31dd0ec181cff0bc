import type { CommandMetadata } from '../../domain/shared';
import { visitDecider, visitStreamId, type VisitCommand, type VisitEvent, type VisitState } from '../../domain/visit';
import { CommandHandler, type CommandStep } from '../shared/command-handling';
import { encodePosition, type EventStore } from '../shared/event-store';
import type { IdGenerator } from '../shared/ports';
import type { VisitProposer } from './proposals/visit-proposer';
import type { VisitChangedDto } from './read-models/visit-workspace.dto';
import { visitEvents } from './visit-events.reader';

export interface RunOptions {
  /** The revision the clerk's screen showed (If-Match). */
  readonly expectedRevision?: number;
  /** Re-run the proposal rules after the commands (persons, life events or answers changed). */
  readonly repropose?: boolean;
}

/** Runs visit commands on one visit stream, optionally followed by a fresh proposal, in one append. */
export class VisitCommandRunner {
  private readonly handler: CommandHandler<VisitCommand, VisitEvent, VisitState>;

  constructor(
    store: EventStore,
    ids: IdGenerator,
    private readonly proposer: VisitProposer,
  ) {
    this.handler = new CommandHandler(store, visitDecider, visitEvents, ids);
  }

  async run(visitId: string, steps: ReadonlyArray<CommandStep<VisitCommand, VisitState>>, metadata: CommandMetadata, options: RunOptions = {}): Promise<VisitChangedDto> {
    const all: Array<CommandStep<VisitCommand, VisitState>> = [...steps];
    if (options.repropose) all.push((state) => this.proposer.proposalFor(state, metadata));
    const result = await this.handler.handleSteps(
      visitStreamId(visitId),
      all,
      options.expectedRevision === undefined ? {} : { expectedRevision: options.expectedRevision },
    );
    return { id: visitId, revision: result.revision, position: result.position ? encodePosition(result.position) : null, changed: result.events.length > 0 };
  }
}
