import type { LifeEventDefinition, ProcedureCatalogue, ProcedureDefinition } from '../../../domain/procedure/catalogue.types';
import type { ReadModelStore } from '../../shared/projections';
import { type CatalogueDocument, CURRENT_CATALOGUE, procedureCatalogueProjection } from './procedure-catalogue.projection';

/** Reads of the current procedure catalogue (it changes without a restart: every read is fresh). */
export class CatalogueQueries {
  constructor(private readonly store: ReadModelStore) {}

  current(): { revision: number; catalogue: ProcedureCatalogue } {
    const doc = this.store.get<CatalogueDocument>(procedureCatalogueProjection.readModel, CURRENT_CATALOGUE);
    return doc ? { revision: doc.revision, catalogue: doc.catalogue } : { revision: -1, catalogue: { procedures: [], lifeEvents: [], rules: [] } };
  }

  procedure(id: string): ProcedureDefinition | undefined {
    return this.current().catalogue.procedures.find((p) => p.id === id);
  }

  lifeEvent(id: string): LifeEventDefinition | undefined {
    return this.current().catalogue.lifeEvents.find((e) => e.id === id);
  }
}
