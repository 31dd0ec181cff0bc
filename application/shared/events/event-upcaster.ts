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
