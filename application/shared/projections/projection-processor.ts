import type { EventProcessor } from '../processing/event-processor';
import type { AnyDocumentProjection } from './document-projection';

/** A document projection as a processor: named after its read model, each event folded into the documents it keys. */
export function projectionProcessor(projection: AnyDocumentProjection): EventProcessor {
  return {
    name: projection.readModel,
    kind: 'projection',
    version: projection.version,
    eventTypes: projection.eventTypes,
    handle(event, documents) {
      for (const key of projection.keysOf(event)) documents.put(key, projection.evolve(documents.get(key), event, key));
    },
  };
}
