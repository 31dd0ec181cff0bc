import { ContainerModule } from 'inversify';
import type { CityDirectory } from '../../application/city/city-directory';
import type { StaffDirectory } from '../../application/identity/read-models/staff-directory';
import { IdentityTokens } from '../../application/identity/identity.tokens';
import type { EventStore } from '../../application/shared/event-store';
import type { IdGenerator } from '../../application/shared/ports';
import type { ProjectionRunner, ReadModelStore } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { OpenVisitHandler } from '../../application/visit/open-visit/open-visit.handler';
import { departmentQueueProjection } from '../../application/visit/read-models/department-queue.projection';
import { visitDetailProjection } from '../../application/visit/read-models/visit-detail.projection';
import { VisitQueries } from '../../application/visit/read-models/visit-queries';
import { VisitTokens } from '../../application/visit/visit.tokens';
import { HttpTokens } from '../http/http.tokens';
import { visitRoutes } from './http/visit.routes';

/** The Visit context: reception, its read models and routes. */
export const visitModule = new ContainerModule(({ bind }) => {
  bind(SharedTokens.projections).toConstantValue(departmentQueueProjection);
  bind(SharedTokens.projections).toConstantValue(visitDetailProjection);
  bind<OpenVisitHandler>(VisitTokens.openVisit)
    .toResolvedValue(
      (store: EventStore, ids: IdGenerator, city: CityDirectory) => new OpenVisitHandler(store, ids, city),
      [SharedTokens.eventStore, SharedTokens.ids, SharedTokens.city],
    )
    .inSingletonScope();
  bind<VisitQueries>(VisitTokens.queries)
    .toResolvedValue(
      (store: ReadModelStore, city: CityDirectory, staff: StaffDirectory, runner: ProjectionRunner) =>
        new VisitQueries(store, city, staff, () => runner.position),
      [SharedTokens.readModelStore, SharedTokens.city, IdentityTokens.staffDirectory, SharedTokens.projectionRunner],
    )
    .inSingletonScope();
  bind(HttpTokens.routes)
    .toResolvedValue(
      (openVisit: OpenVisitHandler, queries: VisitQueries, runner: ProjectionRunner) =>
        visitRoutes({ openVisit, queries, waitForReadModels: (position) => runner.waitFor(position) }),
      [VisitTokens.openVisit, VisitTokens.queries, SharedTokens.projectionRunner],
    )
    .inSingletonScope();
});
