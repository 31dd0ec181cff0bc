import { applyToCatalogue, emptyCatalogue } from '../../../domain/procedure/catalogue.decider';
import type { CatalogueEvent } from '../../../domain/procedure/catalogue.events';
import type { ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import type { DocumentProjection } from '../../shared/projections';

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
  eventTypes: ['CatalogueSeeded', 'ProcedureDefinitionSaved', 'LifeEventDefinitionSaved', 'ProposalRuleSaved'],
  keysOf: () => [CURRENT_CATALOGUE],
  evolve: (doc, event) => {
    if (doc && doc.revision >= event.revision) return doc;
    const change = { type: event.type, data: event.data } as unknown as CatalogueEvent;
    return {
      cityId: String(event.data['cityId']),
      revision: event.revision,
      catalogue: applyToCatalogue(doc?.catalogue ?? emptyCatalogue, change),
    };
  },
};
