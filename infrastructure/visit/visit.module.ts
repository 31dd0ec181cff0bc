import { ContainerModule } from 'inversify';
import { localDayIn } from '../../application/city/local-day';
import type { CityDirectory } from '../../application/city/city-directory';
import { IdentityTokens } from '../../application/identity/identity.tokens';
import type { StaffDirectory } from '../../application/identity/read-models/staff-directory';
import { LinkageTokens, type ResidentRegister } from '../../application/linkage';
import { type CatalogueQueries, ProcedureTokens } from '../../application/procedure';
import type { EventStore } from '../../application/shared/event-store';
import type { IdGenerator, Logger } from '../../application/shared/ports';
import type { ProjectionRunner, ReadModelStore } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { ChecklistHandler } from '../../application/visit/checklist/checklist.handler';
import { InterviewHandler } from '../../application/visit/interview/interview.handler';
import { OpenVisitHandler } from '../../application/visit/open-visit/open-visit.handler';
import { VisitPersonsHandler } from '../../application/visit/persons/persons.handler';
import { VisitProgressHandler } from '../../application/visit/progress/progress.handler';
import { VisitProposer } from '../../application/visit/proposals/visit-proposer';
import { BoardsQuery } from '../../application/visit/read-models/boards.query';
import { departmentQueueProjection } from '../../application/visit/read-models/department-queue.projection';
import { DepartmentQueueQuery } from '../../application/visit/read-models/department-queue.query';
import { createVisitSearchProjection } from '../../application/visit/read-models/visit-search.projection';
import { VisitSearchQuery } from '../../application/visit/read-models/visit-search.query';
import { visitTimelineProjection } from '../../application/visit/read-models/visit-timeline.projection';
import { VisitTimelineQuery } from '../../application/visit/read-models/visit-timeline.query';
import { openVisitsProjection, visitWorkspaceProjection } from '../../application/visit/read-models/visit-workspace.projection';
import { VisitWorkspaceQuery } from '../../application/visit/read-models/visit-workspace.query';
import { VisitGuideQuery } from '../../application/visit/read-models/visit-guide.query';
import { StartServiceHandler } from '../../application/visit/start-service/start-service.handler';
import { VisitCommandRunner } from '../../application/visit/visit-command.runner';
import { VisitTokens } from '../../application/visit/visit.tokens';
import { HttpTokens } from '../http/http.tokens';
import { createReadAfter } from '../http/read-after';
import { visitCommandRoutes } from './http/visit-commands.routes';
import { visitViewRoutes } from './http/visit-views.routes';
import { FormTokens } from '../../application/form/form.tokens';
import type { FormTemplatesLookup } from '../../application/form/form-templates.lookup';

const S = SharedTokens;
const V = VisitTokens;

/** The Visit context: reception to close, its read models and routes. */
export const visitModule = new ContainerModule(({ bind }) => {
  for (const projection of [departmentQueueProjection, visitWorkspaceProjection, openVisitsProjection, visitTimelineProjection]) {
    bind(S.projections).toConstantValue(projection);
  }
  const localDay = (city: CityDirectory) => localDayIn(city.configuration.timeZone);
  bind(S.projections).toResolvedValue((city: CityDirectory) => createVisitSearchProjection(localDay(city)), [S.city]);
  bind(V.proposer).toResolvedValue(
    (catalogue: CatalogueQueries, city: CityDirectory, logger: Logger) => new VisitProposer(catalogue, city, logger, localDay(city)),
    [ProcedureTokens.catalogueQueries, S.city, S.logger],
  );
  bind(V.runner).toResolvedValue(
    (store: EventStore, ids: IdGenerator, proposer: VisitProposer) => new VisitCommandRunner(store, ids, proposer),
    [S.eventStore, S.ids, V.proposer],
  );
  bind(V.openVisit).toResolvedValue(
    (store: EventStore, ids: IdGenerator, city: CityDirectory, runner: VisitCommandRunner) => new OpenVisitHandler(store, ids, city, runner, localDay(city)),
    [S.eventStore, S.ids, S.city, V.runner],
  );
  bind(V.startService).toResolvedValue((city: CityDirectory, runner: VisitCommandRunner) => new StartServiceHandler(city, runner), [S.city, V.runner]);
  bind(V.persons).toResolvedValue(
    (register: ResidentRegister, ids: IdGenerator, runner: VisitCommandRunner, catalogue: CatalogueQueries) => new VisitPersonsHandler(register, ids, runner, catalogue),
    [LinkageTokens.residentRegister, S.ids, V.runner, ProcedureTokens.catalogueQueries],
  );
  bind(V.interview).toResolvedValue((catalogue: CatalogueQueries, runner: VisitCommandRunner) => new InterviewHandler(catalogue, runner), [ProcedureTokens.catalogueQueries, V.runner]);
  bind(V.checklist).toResolvedValue(
    (catalogue: CatalogueQueries, city: CityDirectory, runner: VisitCommandRunner) => new ChecklistHandler(catalogue, city, runner),
    [ProcedureTokens.catalogueQueries, S.city, V.runner],
  );
  bind(V.progress).toResolvedValue((city: CityDirectory, runner: VisitCommandRunner) => new VisitProgressHandler(city, runner), [S.city, V.runner]);

  bind(V.workspace).toResolvedValue(
    (store: ReadModelStore, city: CityDirectory, staff: StaffDirectory, catalogue: CatalogueQueries) => new VisitWorkspaceQuery(store, city, staff, catalogue, localDay(city)),
    [S.readModelStore, S.city, IdentityTokens.staffDirectory, ProcedureTokens.catalogueQueries],
  );
  bind(V.guide).toResolvedValue(
    (workspace: VisitWorkspaceQuery, city: CityDirectory, catalogue: CatalogueQueries) =>
      new VisitGuideQuery((visitId) => workspace.document(visitId), city, catalogue, localDay(city)),
    [V.workspace, S.city, ProcedureTokens.catalogueQueries],
  );
  bind(V.timeline).toResolvedValue(
    (store: ReadModelStore, city: CityDirectory, staff: StaffDirectory, catalogue: CatalogueQueries, templates: FormTemplatesLookup) =>
      new VisitTimelineQuery(store, city, staff, catalogue, (templateId) => templates.document(templateId)?.published?.content.name ?? templates.document(templateId)?.draft?.name),
    [S.readModelStore, S.city, IdentityTokens.staffDirectory, ProcedureTokens.catalogueQueries, FormTokens.lookup],
  );
  bind(V.queue).toResolvedValue(
    (store: ReadModelStore, city: CityDirectory, staff: StaffDirectory, catalogue: CatalogueQueries, runner: ProjectionRunner) =>
      new DepartmentQueueQuery(store, city, staff, catalogue, () => runner.position),
    [S.readModelStore, S.city, IdentityTokens.staffDirectory, ProcedureTokens.catalogueQueries, S.projectionRunner],
  );
  bind(V.boards).toResolvedValue(
    (store: ReadModelStore, city: CityDirectory, catalogue: CatalogueQueries) => new BoardsQuery(store, city, catalogue),
    [S.readModelStore, S.city, ProcedureTokens.catalogueQueries],
  );
  bind(V.search).toResolvedValue(
    (store: ReadModelStore, city: CityDirectory, catalogue: CatalogueQueries) => new VisitSearchQuery(store, city, catalogue, localDay(city)),
    [S.readModelStore, S.city, ProcedureTokens.catalogueQueries],
  );

  bind(HttpTokens.routes).toResolvedValue(
    (openVisit: OpenVisitHandler, startService: StartServiceHandler, persons: VisitPersonsHandler, interview: InterviewHandler, checklist: ChecklistHandler, progress: VisitProgressHandler) =>
      visitCommandRoutes({ openVisit, startService, persons, interview, checklist, progress }),
    [V.openVisit, V.startService, V.persons, V.interview, V.checklist, V.progress],
  );
  bind(HttpTokens.routes).toResolvedValue(
    (
      workspace: VisitWorkspaceQuery,
      timeline: VisitTimelineQuery,
      guide: VisitGuideQuery,
      queue: DepartmentQueueQuery,
      boards: BoardsQuery,
      search: VisitSearchQuery,
      runner: ProjectionRunner,
      store: EventStore,
    ) => visitViewRoutes({ workspace, timeline, guide, queue, boards, search, readAfter: createReadAfter(runner, store) }),
    [V.workspace, V.timeline, V.guide, V.queue, V.boards, V.search, S.projectionRunner, S.eventStore],
  );
});
