import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmulatorLog, type ExpectedState, type ProposedEvent, type WriteOutcome } from './emulator-log.storage';

type JournalEntry =
  | { readonly op: 'append'; readonly streamId: string; readonly expected: JournalExpected; readonly events: readonly JournalEvent[] }
  | { readonly op: 'tombstone'; readonly streamId: string; readonly expected: JournalExpected };
type JournalExpected = { readonly kind: 'any' | 'no_stream' | 'exists' } | { readonly kind: 'revision'; readonly revision: string };
interface JournalEvent {
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: string;
  readonly metadata: string;
}

const toJournal = (expected: ExpectedState): JournalExpected =>
  expected.kind === 'revision' ? { kind: 'revision', revision: expected.revision.toString() } : { kind: expected.kind };
const fromJournal = (expected: JournalExpected): ExpectedState =>
  expected.kind === 'revision' ? { kind: 'revision', revision: BigInt(expected.revision) } : { kind: expected.kind };

/**
 * The emulator's log kept in a JSON Lines journal as well, so that the emulator can be stopped and started
 * again with its data, as a real EventStoreDB server keeps its database: every successful write is one line,
 * replayed in order at start (positions come out the same, since they follow from the writes).
 */
export class JournaledEmulatorLog extends EmulatorLog {
  private replaying = false;

  private constructor(private readonly file: string) {
    super();
  }

  /** Opens the journal (creating its folder), replays it, and answers whether it held anything. */
  static open(file: string): { log: JournaledEmulatorLog; restored: boolean } {
    const log = new JournaledEmulatorLog(file);
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file)) return { log, restored: false };
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
    log.replaying = true;
    for (const line of lines) {
      const entry = JSON.parse(line) as JournalEntry;
      if (entry.op === 'append') {
        log.append(entry.streamId, fromJournal(entry.expected), entry.events.map((event) => ({
          eventId: event.eventId,
          type: event.type,
          contentType: event.contentType,
          data: Buffer.from(event.data, 'base64'),
          metadata: Buffer.from(event.metadata, 'base64'),
        })));
      } else log.tombstone(entry.streamId, fromJournal(entry.expected));
    }
    log.replaying = false;
    return { log, restored: lines.length > 0 };
  }

  override append(streamId: string, expected: ExpectedState, proposed: readonly ProposedEvent[]): WriteOutcome {
    const before = this.all.length;
    const outcome = super.append(streamId, expected, proposed);
    if (outcome.kind === 'success' && this.all.length > before) {
      this.write({
        op: 'append',
        streamId,
        expected: toJournal(expected),
        events: proposed.map((event) => ({
          eventId: event.eventId,
          type: event.type,
          contentType: event.contentType,
          data: Buffer.from(event.data).toString('base64'),
          metadata: Buffer.from(event.metadata).toString('base64'),
        })),
      });
    }
    return outcome;
  }

  override tombstone(streamId: string, expected: ExpectedState): WriteOutcome {
    const outcome = super.tombstone(streamId, expected);
    if (outcome.kind === 'success') this.write({ op: 'tombstone', streamId, expected: toJournal(expected) });
    return outcome;
  }

  private write(entry: JournalEntry): void {
    if (this.replaying) return;
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }
}
