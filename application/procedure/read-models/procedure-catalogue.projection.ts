import { applyToCatalogue, emptyCatalogue } from '../../../domain/procedure/catalogue.decider';
import type { ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import type { DocumentProjection } from '../../shared/projections';
import { catalogueEvents } from '../procedure-events.reader';

/** The catalogue as the rules and screens use it; revision is the catalogue stream's revision. */
export interface CatalogueDocument {
  readonly cityId: string;
  readonly revision: number;
  readonly catalogue: ProcedureCatalogue;
}

export const CURRENT_CATALOGUE = 'current';

export const procedureCatalogueProjection: DocumentProjection<CatalogueDocument> = {
  readModel: 'procedure-catalogue',
  version: 1,
  eventTypes: catalogueEvents.eventTypes,
  keysOf: () => [CURRENT_CATALOGUE],
  evolve: (doc, recorded) => {
    const event = catalogueEvents.read(recorded);
    if (!event || (doc && doc.revision >= event.revision)) return doc;
    return {
      cityId: event.data.cityId,
      revision: event.revision,
      catalogue: applyToCatalogue(doc?.catalogue ?? emptyCatalogue, event),
    };
  },
};
