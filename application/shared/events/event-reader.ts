import type { DomainEvent } from '../../../domain/shared';
import type { RecordedEvent } from '../event-store';
import { EventSchemaError } from './event-schema.errors';
import type { EventUpcaster } from './event-upcaster';
import type { RecordedDomainEvent } from './recorded-domain-event';

/** Stored events written before metadata carried a schema version count as version 1. */
const UNVERSIONED = 1;

/**
 * The one way stored events are read back, by command handlers, projections and reactions alike: a stored
 * event of a known type is lifted through its upcasters (keyed by type and metadata.schemaVersion, a chain
 * v1 → v2 → ...) to the current version of its payload, then typed as the domain event. Each context
 * builds one for its events, with its upcasters, in one place (application/<ctx>/<ctx>-events.reader.ts).
 */
export class EventReader<E extends DomainEvent> {
  private readonly known: ReadonlySet<string>;
  private readonly versions: ReadonlyMap<string, number>;
  private readonly upcasters = new Map<string, EventUpcaster>();
  /**
   * The last stored event read and what it read as. A projection reads each event twice, once for the keys
   * it changes and once to evolve each document, and the runner hands both calls the same object: the
   * second read costs nothing. Reading is pure, so the memo only has to forget when the upcasters change.
   */
  private last: { readonly recorded: RecordedEvent; readonly event: RecordedDomainEvent<E> } | undefined;

  constructor(
    types: readonly E['type'][],
    /** The payload version each type is written at today (1 where not named). */
    currentVersions: Partial<Readonly<Record<E['type'], number>>> = {},
    upcasters: readonly EventUpcaster[] = [],
  ) {
    this.known = new Set<string>(types);
    this.versions = new Map(Object.entries(currentVersions) as Array<[string, number]>);
    for (const upcaster of upcasters) this.register(upcaster);
  }

  /** The event types this reader reads (for a projection's or reaction's eventTypes). */
  get eventTypes(): readonly E['type'][] {
    return [...this.known] as E['type'][];
  }

  /** The schema version new events of this type are written at. */
  schemaVersionOf(type: E['type']): number {
    return this.versions.get(type) ?? UNVERSIONED;
  }

  handles(type: string): type is E['type'] {
    return this.known.has(type);
  }

  /**
   * Adds one step of a chain; returns a function that removes it again. A context's upcasters come in
   * through the constructor; this is for tests that store a made-up older shape, and they remove it after
   * each test (tests/support/test-upcaster.ts), since the readers are shared by the whole process.
   * Refuses an unknown type and a second upcaster for the same step.
   */
  register(upcaster: EventUpcaster): () => void {
    if (!this.known.has(upcaster.eventType)) throw new Error(`upcaster for ${upcaster.eventType}, which this reader does not read`);
    const key = stepKey(upcaster.eventType, upcaster.fromVersion);
    if (this.upcasters.has(key)) throw new Error(`two upcasters for ${upcaster.eventType} v${upcaster.fromVersion}`);
    this.upcasters.set(key, upcaster);
    this.last = undefined;
    return () => {
      if (this.upcasters.get(key) !== upcaster) return;
      this.upcasters.delete(key);
      this.last = undefined;
    };
  }

  /** The stored event at the current version of its payload (unchanged if it is current or not ours). */
  upcast(recorded: RecordedEvent): RecordedEvent {
    if (!this.known.has(recorded.type)) return recorded;
    const current = this.schemaVersionOf(recorded.type as E['type']);
    const stored = recorded.metadata.schemaVersion ?? UNVERSIONED;
    if (stored === current) return recorded;
    if (stored > current) throw new EventSchemaError(recorded.type, stored, current);
    let data: Readonly<Record<string, unknown>> = recorded.data;
    for (let version = stored; version < current; version++) {
      const upcaster = this.upcasters.get(stepKey(recorded.type, version));
      if (!upcaster) throw new EventSchemaError(recorded.type, stored, current);
      data = upcaster.upcast(data, recorded.metadata);
    }
    return { ...recorded, data, metadata: { ...recorded.metadata, schemaVersion: current } };
  }

  /** The stored event as the domain event it is now, with its envelope; undefined if it is not ours. */
  read(recorded: RecordedEvent): RecordedDomainEvent<E> | undefined {
    if (!this.known.has(recorded.type)) return undefined;
    if (this.last?.recorded !== recorded) this.last = { recorded, event: this.upcast(recorded) as unknown as RecordedDomainEvent<E> };
    return this.last.event;
  }
}

function stepKey(type: string, fromVersion: number): string {
  return `${type}@${fromVersion}`;
}
