import type { DeadLetterReader, EventFailure } from '../processing/dead-letter';

/**
 * The streams one processor holds back, each with the revision of its earliest open dead letter.
 *
 * Why hold: a processor's documents are folds of each stream's events in order. If an event is
 * dead-lettered and the later events of its stream went on, a replay would apply it out of order: an
 * evolve that is idempotent by revision drops it (the letter resolves having changed nothing), one that
 * is not (the department queue) applies an old VisitOpened after VisitClosed and brings a closed visit
 * back, and after a dead-lettered VisitOpened every later event meets no document and is lost without a
 * letter of its own. So while a stream has an open dead letter for a processor, the processor's later
 * events of that stream are dead-lettered too, unapplied ("held behind" it), and a replay applies the
 * letter and then those held behind it, in stream order (ProcessorWorker.replay). Documents keyed by
 * something other than the stream (a department's queue) stay right because each stream's events only
 * change that stream's part of them (one visit's entry).
 *
 * Kept in memory: the worker is the only writer of its processor's dead letters and runs one turn at a
 * time; it is loaded from the store at start, after a reset, and for a stream after a replay.
 */
export class HeldStreams {
  private readonly earliest = new Map<string, number>();

  constructor(
    private readonly store: DeadLetterReader,
    private readonly processor: string,
  ) {
    this.reload();
  }

  /** The revision of the open dead letter a new event of this stream waits behind, if any. */
  behind(streamId: string): number | undefined {
    return this.earliest.get(streamId);
  }

  /** After a commit that recorded these failures. */
  hold(failures: readonly EventFailure[]): void {
    for (const failure of failures) {
      const held = this.earliest.get(failure.streamId);
      if (held === undefined || failure.revision < held) this.earliest.set(failure.streamId, failure.revision);
    }
  }

  /** After a replay resolved some of the stream's letters. */
  refresh(streamId: string): void {
    const [first] = this.store.openDeadLettersOf(this.processor, streamId);
    if (first) this.earliest.set(streamId, first.revision);
    else this.earliest.delete(streamId);
  }

  reload(): void {
    this.earliest.clear();
    for (const letter of this.store.openDeadLettersOf(this.processor)) {
      if (!this.earliest.has(letter.streamId)) this.earliest.set(letter.streamId, letter.revision);
    }
  }
}
