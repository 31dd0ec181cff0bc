import type { DomainEvent } from '../../../domain/shared';
import { EventReader } from '../events';

/**
 * A reader for a context whose events are all still at version 1 and need no upcaster. A context whose
 * events have versions or upcasters builds its own EventReader in application/<ctx>/<ctx>-events.reader.ts.
 */
export function domainEventReader<E extends DomainEvent>(types: readonly E['type'][]): EventReader<E> {
  return new EventReader<E>(types);
}
