import type { DomainEvent } from '../../../domain/shared';
import type { RecordedEvent } from '../event-store';

/**
 * A stored event read back as the domain event it is now (upcast to the current schema), with its envelope:
 * stream, revision, global position and metadata. Narrows on `type` like the domain union.
 */
export type RecordedDomainEvent<E extends DomainEvent> = E & Omit<RecordedEvent, 'type' | 'data'>;
