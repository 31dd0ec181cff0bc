import type { CommandMetadata, Decider, DomainEvent } from '../../../domain/shared';
import {
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type Position,
  WrongExpectedRevisionError,
} from '../event-store';
import type { EventReader } from '../events';
import type { IdGenerator } from '../ports';
import { ConcurrencyConflictError, StaleRevisionError } from './concurrency.errors';

export interface CommandResult<E> {
  readonly events: readonly E[];
  /** Revision of the stream after the append (unchanged when nothing was decided). */
  readonly revision: number;
  /** Encoded global position of the last appended event, if any. */
  readonly position: Position | undefined;
}

export interface HandleOptions {
  /** The revision the caller's screen showed (If-Match); a mismatch is StaleRevisionError. */
  readonly expectedRevision?: number;
}

/** A command, or a function that derives the next command from the state the earlier ones left. */
export type CommandStep<C, S> = C | ((state: S) => C | undefined);

/**
 * The one command handler: load the stream, fold it with evolve, decide, append with the expected
 * revision. A concurrent write surfaces as ConcurrencyConflictError (or StaleRevisionError with If-Match).
 */
export class CommandHandler<C extends { metadata: CommandMetadata }, E extends DomainEvent, S> {
  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<C, E, S>,
    /** Reads the stream back through the context's upcasters, and names the version new events are written at. */
    private readonly events: EventReader<E>,
    private readonly ids: IdGenerator,
  ) {}

  async handle(streamId: string, command: C, options: HandleOptions = {}): Promise<CommandResult<E>> {
    return this.handleSteps(streamId, [command], options);
  }

  /**
   * Several commands decided in turn on the evolving state and appended together (all or nothing),
   * e.g. record interview answers, then re-propose procedures from the answered state.
   */
  async handleSteps(streamId: string, steps: ReadonlyArray<CommandStep<C, S>>, options: HandleOptions = {}): Promise<CommandResult<E>> {
    const history = await this.store.readStream(streamId);
    const current = history.length === 0 ? undefined : history[history.length - 1]!.revision;
    if (options.expectedRevision !== undefined && options.expectedRevision !== current) {
      throw new StaleRevisionError(streamId, options.expectedRevision, current);
    }
    let state = this.decider.initialState;
    for (const recorded of history) {
      const event = this.events.read(recorded);
      if (event) state = this.decider.evolve(state, event);
    }
    const events: E[] = [];
    let metadata: CommandMetadata | undefined;
    for (const step of steps) {
      const command = typeof step === 'function' ? (step as (state: S) => C | undefined)(state) : step;
      if (!command) continue;
      metadata = command.metadata;
      for (const event of this.decider.decide(command, state)) {
        events.push(event);
        state = this.decider.evolve(state, event);
      }
    }
    if (events.length === 0 || !metadata) return { events, revision: current ?? -1, position: undefined };
    const appendMetadata = metadata;
    const expected: ExpectedRevision = current === undefined ? 'no_stream' : current;
    try {
      const result = await this.store.append(streamId, events.map((e) => this.toNewEvent(e, appendMetadata)), expected);
      return { events, revision: result.nextRevision, position: result.position };
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) {
        throw options.expectedRevision !== undefined
          ? new StaleRevisionError(streamId, options.expectedRevision, undefined)
          : new ConcurrencyConflictError(streamId);
      }
      throw error;
    }
  }

  private toNewEvent(event: E, metadata: CommandMetadata): NewEvent {
    return {
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: {
        eventId: this.ids.next(),
        occurredAt: metadata.now,
        actor: metadata.actor,
        correlationId: metadata.correlationId,
        causationId: null,
        schemaVersion: this.events.schemaVersionOf(event.type),
      },
    };
  }
}
