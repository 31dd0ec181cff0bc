import type { EventMetadata } from '../event-store';

/**
 * Lifts one stored event type from one schema version to the next (fromVersion → fromVersion + 1). Stored
 * events never change: when a payload's shape changes, its version goes up and an upcaster reads the old
 * shape into the new one, on every read. Pure and total for every payload that version ever had.
 */
export interface EventUpcaster {
  readonly eventType: string;
  /** The metadata.schemaVersion it reads; it produces fromVersion + 1. */
  readonly fromVersion: number;
  upcast(data: Readonly<Record<string, unknown>>, metadata: EventMetadata): Record<string, unknown>;
}

/**
 * An upcaster typed at both ends: `lift` takes the payload as stored at `fromVersion` (its `<Event>V<n>`
 * type) and returns the next version's. The one place a stored payload is taken to be of its version's type
 * (the reader checked the type and the version), so no context's upcaster casts.
 */
export function upcaster<From extends object, To extends object>(
  eventType: string,
  fromVersion: number,
  lift: (stored: From, metadata: EventMetadata) => To,
): EventUpcaster {
  return {
    eventType,
    fromVersion,
    upcast: (data, metadata) => ({ ...(lift(data as unknown as From, metadata) as object) }),
  };
}
