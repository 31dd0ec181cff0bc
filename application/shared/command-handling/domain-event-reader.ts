import type { DomainEvent } from '../../../domain/shared';
import type { RecordedEvent } from '../event-store';
import type { EventReader } from './command-handler';

/**
 * Reads stored events of the given types back as domain events. Schema upcasters hook in here when an
 * event's shape changes (keyed by type and metadata.schemaVersion); today every event is version 1.
 */
export function domainEventReader<E extends DomainEvent>(types: readonly E['type'][]): EventReader<E> {
  const known = new Set<string>(types);
  return (recorded: RecordedEvent) =>
    known.has(recorded.type) ? ({ type: recorded.type, data: recorded.data } as unknown as E) : undefined;
}
