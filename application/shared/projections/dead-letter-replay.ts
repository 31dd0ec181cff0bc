import { comparePositions, type EventStore, type Position, type RecordedEvent } from '../event-store';
import type { DeadLetter, DeadLetterReader, EventFailure } from '../processing/dead-letter';
import type { EventProcessor } from '../processing/event-processor';
import { processingErrors } from '../processing/processing.errors';
import { applyEvents } from './apply-events';
import type { ReadModelStore } from './read-model-store.port';
import type { StagedDocuments } from './staged-documents';

/** What a replay applies: the letter asked for, then those held behind it, each with its event, in stream order. */
export interface ReplayPlan {
  readonly letters: readonly DeadLetter[];
  readonly events: readonly RecordedEvent[];
}

/**
 * Plans the replay of one open dead letter so that it is sound: applied on documents that hold exactly the
 * stream's events before it (held-streams.ts says why the rest of the stream waits behind it).
 *
 * Refused (409) when an earlier letter of the same stream is still open (that one goes first), and when a
 * later event of the stream, already within the processor's checkpoint, was applied rather than held: the
 * documents are then past the event (a letter recorded before streams were held), and no replay of it can
 * make them right; a rebuild can. The event is read from the store again and must be the one recorded.
 */
export async function planReplay(
  processor: EventProcessor,
  letter: DeadLetter,
  deadLetters: DeadLetterReader,
  events: EventStore,
  checkpoint: Position | undefined,
): Promise<ReplayPlan> {
  const open = deadLetters.openDeadLettersOf(processor.name, letter.streamId);
  const earlier = open.find((other) => other.revision < letter.revision);
  if (earlier) throw processingErrors.heldBehind(letter.id, earlier.id);
  const stream = await events.readStream(letter.streamId, { fromRevision: letter.revision });
  const seen = stream.filter((event) => checkpoint !== undefined && comparePositions(event.position, checkpoint) <= 0 && processor.eventTypes.includes(event.type));
  const [first] = seen;
  if (!first || first.revision !== letter.revision || first.metadata.eventId !== letter.eventId) throw processingErrors.eventMissing(letter.id);
  const byRevision = new Map(open.map((other) => [other.revision, other]));
  const letters: DeadLetter[] = [];
  for (const event of seen) {
    const held = byRevision.get(event.revision);
    if (!held) throw processingErrors.appliedOutOfOrder(letter.id, processor.name);
    if (held.eventId !== event.metadata.eventId) throw processingErrors.eventMissing(held.id);
    letters.push(held);
  }
  return { letters, events: seen };
}

export interface ReplayOutcome {
  readonly staged: StagedDocuments;
  /** The letters applied and resolved, the one asked for first. */
  readonly replayed: readonly DeadLetter[];
  /** The first event that failed again (counted one more attempt); it and those after it stay open. */
  readonly failure: EventFailure | undefined;
}

/**
 * Applies a planned replay in order and commits, in one transaction, the documents of the events that
 * applied, their letters resolved as replayed, and one more attempt for the first that failed again.
 */
export async function applyReplay(
  processor: EventProcessor,
  plan: ReplayPlan,
  store: ReadModelStore,
  now: () => string,
  by: string,
): Promise<ReplayOutcome> {
  const { staged, failures } = await applyEvents(processor, plan.events, store, now);
  // After the first event that fails, applyEvents held the rest of the stream: those stay as they are.
  const failure = failures.find((f) => f.heldBehind === undefined);
  const replayed = failure ? plan.letters.filter((l) => l.revision < failure.revision) : plan.letters;
  const at = now();
  store.commit(staged.changes, [], {
    failures: failure ? [failure] : [],
    resolved: replayed.map((l) => ({ id: l.id, resolution: { kind: 'replayed' as const, at, by } })),
  });
  return { staged, replayed, failure };
}
