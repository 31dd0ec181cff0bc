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
   * Adds one step of a chain; returns a function that removes it again (for tests that store a made-up
   * older shape). Refuses an unknown type and a second upcaster for the same step.
   */
  register(upcaster: EventUpcaster): () => void {
    if (!this.known.has(upcaster.eventType)) throw new Error(`upcaster for ${upcaster.eventType}, which this reader does not read`);
    const key = stepKey(upcaster.eventType, upcaster.fromVersion);
    if (this.upcasters.has(key)) throw new Error(`two upcasters for ${upcaster.eventType} v${upcaster.fromVersion}`);
    this.upcasters.set(key, upcaster);
    return () => {
      if (this.upcasters.get(key) === upcaster) this.upcasters.delete(key);
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
    return this.upcast(recorded) as unknown as RecordedDomainEvent<E>;
  }
}

function stepKey(type: string, fromVersion: number): string {
  return `${type}@${fromVersion}`;
}
