import { ContainerModule } from 'inversify';
import type { CityDirectory } from '../../application/city/city-directory';
import { CatalogueQueries, ProcedureTokens, procedureCatalogueProjection } from '../../application/procedure';
import { SaveCatalogueEntryHandler } from '../../application/procedure/save-catalogue-entry/save-catalogue-entry.handler';
import { SeedCatalogueHandler } from '../../application/procedure/seed-catalogue/seed-catalogue.handler';
import type { EventStore } from '../../application/shared/event-store';
import type { Clock, IdGenerator, Logger } from '../../application/shared/ports';
import type { ProjectionRunner, ReadModelStore } from '../../application/shared/projections';
import { SharedTokens as S } from '../../application/shared/shared.tokens';
import type { AppConfig } from '../composition/app-config';
import { CompositionTokens } from '../composition/composition.tokens';
import { HttpTokens } from '../http/http.tokens';
import { loadCatalogueSeed } from './catalogue-seed.loader';
import { catalogueRoutes } from './http/catalogue.routes';
import { createReadAfter } from '../http/read-after';

/** The Procedure context: the catalogue as events, its read model, seeding from the city folder, admin routes. */
export const procedureModule = new ContainerModule(({ bind }) => {
  bind(S.projections).toConstantValue(procedureCatalogueProjection);
  bind(ProcedureTokens.seedData).toResolvedValue((config: AppConfig) => loadCatalogueSeed(config.cityDir), [CompositionTokens.config]);
  bind(ProcedureTokens.catalogueQueries).toResolvedValue((store: ReadModelStore) => new CatalogueQueries(store), [S.readModelStore]);
  bind(ProcedureTokens.seedCatalogue).toResolvedValue(
    (store: EventStore, ids: IdGenerator, city: CityDirectory, clock: Clock, logger: Logger) => new SeedCatalogueHandler(store, ids, city, clock, logger),
    [S.eventStore, S.ids, S.city, S.clock, S.logger],
  );
  bind(ProcedureTokens.saveCatalogueEntry).toResolvedValue(
    (store: EventStore, ids: IdGenerator, city: CityDirectory) => new SaveCatalogueEntryHandler(store, ids, city),
    [S.eventStore, S.ids, S.city],
  );
  bind(HttpTokens.routes).toResolvedValue(
    (queries: CatalogueQueries, save: SaveCatalogueEntryHandler, runner: ProjectionRunner, store: EventStore) =>
      catalogueRoutes(queries, save, createReadAfter(runner, store)),
    [ProcedureTokens.catalogueQueries, ProcedureTokens.saveCatalogueEntry, S.projectionRunner, S.eventStore],
  );
});
