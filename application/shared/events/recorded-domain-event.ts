import type { DomainEvent } from '../../../domain/shared';
import type { RecordedEvent } from '../event-store';

/**
 * A stored event read back as the domain event it is now (upcast to the current schema), with its envelope:
 * stream, revision, global position and metadata. Narrows on `type` like the domain union.
 */
export type RecordedDomainEvent<E extends DomainEvent> = E & Omit<RecordedEvent, 'type' | 'data'>;

/**
 * The domain event alone, without its envelope (for a document that keeps events, e.g. a timeline). Its
 * type and data come from one event, which the compiler cannot follow through a union: hence the one cast.
 */
export function domainEventOf<E extends DomainEvent>(event: RecordedDomainEvent<E>): E {
  return { type: event.type, data: event.data } as E;
}
