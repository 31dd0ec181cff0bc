import { ContainerModule } from 'inversify';
import type { CityDirectory } from '../../application/city/city-directory';
import { localDayIn } from '../../application/city/local-day';
import { CompleteFormsHandler } from '../../application/form/complete-forms/complete-forms.handler';
import { FillVisitFormsHandler } from '../../application/form/fill-forms/fill-visit-forms.handler';
import type { FormRenderer } from '../../application/form/form-renderer.port';
import { FormTemplatesLookup } from '../../application/form/form-templates.lookup';
import { FormTokens as F } from '../../application/form/form.tokens';
import { ManageFormTemplatesHandler } from '../../application/form/manage-templates/manage-templates.handler';
import { PreviewTemplateHandler } from '../../application/form/preview/preview-template.handler';
import { formTemplateProjection, formTemplateVersionProjection } from '../../application/form/read-models/form-template.projection';
import { visitFactsProjection } from '../../application/form/read-models/visit-facts.projection';
import { visitFormsProjection } from '../../application/form/read-models/visit-forms.projection';
import { VisitFormsQuery } from '../../application/form/read-models/visit-forms.query';
import { RenderVisitFormsHandler } from '../../application/form/render-forms/render-visit-forms.handler';
import { SeedFormTemplatesHandler } from '../../application/form/seed-templates/seed-form-templates.handler';
import { VisitFormsRunner } from '../../application/form/visit-forms.runner';
import { IdentityTokens } from '../../application/identity/identity.tokens';
import type { StaffDirectory } from '../../application/identity/read-models/staff-directory';
import { type CatalogueQueries, ProcedureTokens } from '../../application/procedure';
import type { EventStore } from '../../application/shared/event-store';
import type { Clock, IdGenerator, Logger } from '../../application/shared/ports';
import type { ProjectionRunner, ReadModelStore } from '../../application/shared/projections';
import { SharedTokens as S } from '../../application/shared/shared.tokens';
import type { AppConfig } from '../composition/app-config';
import { CompositionTokens } from '../composition/composition.tokens';
import { HttpTokens } from '../http/http.tokens';
import { createReadAfter } from '../http/read-after';
import { PdfkitFormRenderer } from '../pdf/pdfkit-form-renderer';
import { loadFormTemplateSeed } from './form-seed.loader';
import { formTemplateRoutes } from './http/form-template.routes';
import { visitFormRoutes } from './http/visit-forms.routes';

/** The Form context: templates as events, a visit's forms, PDF rendering (pdfkit), admin and counter routes. */
export const formModule = new ContainerModule(({ bind }) => {
  for (const projection of [formTemplateProjection, formTemplateVersionProjection, visitFormsProjection, visitFactsProjection]) bind(S.projections).toConstantValue(projection);
  const localDay = (city: CityDirectory) => localDayIn(city.configuration.timeZone);
  bind(F.seedData).toResolvedValue((config: AppConfig) => loadFormTemplateSeed(config.cityDir), [CompositionTokens.config]);
  bind(F.renderer).toResolvedValue((logger: Logger) => new PdfkitFormRenderer({ logger }), [S.logger]);
  bind(F.lookup).toResolvedValue((store: ReadModelStore) => new FormTemplatesLookup(store), [S.readModelStore]);
  bind(F.manageTemplates).toResolvedValue((store: EventStore, ids: IdGenerator) => new ManageFormTemplatesHandler(store, ids), [S.eventStore, S.ids]);
  bind(F.seedTemplates).toResolvedValue(
    (store: EventStore, manage: ManageFormTemplatesHandler, clock: Clock, logger: Logger) => new SeedFormTemplatesHandler(store, manage, clock, logger),
    [S.eventStore, F.manageTemplates, S.clock, S.logger],
  );
  bind(F.runner).toResolvedValue((store: EventStore, ids: IdGenerator) => new VisitFormsRunner(store, ids), [S.eventStore, S.ids]);
  bind(F.fill).toResolvedValue(
    (store: ReadModelStore, catalogue: CatalogueQueries, lookup: FormTemplatesLookup, staff: StaffDirectory, city: CityDirectory, ids: IdGenerator, runner: VisitFormsRunner) =>
      new FillVisitFormsHandler(store, catalogue, lookup, staff, city, ids, runner, localDay(city)),
    [S.readModelStore, ProcedureTokens.catalogueQueries, F.lookup, IdentityTokens.staffDirectory, S.city, S.ids, F.runner],
  );
  bind(F.complete).toResolvedValue(
    (store: ReadModelStore, lookup: FormTemplatesLookup, runner: VisitFormsRunner) => new CompleteFormsHandler(store, lookup, runner),
    [S.readModelStore, F.lookup, F.runner],
  );
  bind(F.render).toResolvedValue(
    (store: ReadModelStore, lookup: FormTemplatesLookup, renderer: FormRenderer) => new RenderVisitFormsHandler(store, lookup, renderer),
    [S.readModelStore, F.lookup, F.renderer],
  );
  bind(F.preview).toResolvedValue((renderer: FormRenderer, city: CityDirectory) => new PreviewTemplateHandler(renderer, city, localDay(city)), [F.renderer, S.city]);
  bind(F.query).toResolvedValue(
    (store: ReadModelStore, lookup: FormTemplatesLookup, catalogue: CatalogueQueries) => new VisitFormsQuery(store, lookup, catalogue),
    [S.readModelStore, F.lookup, ProcedureTokens.catalogueQueries],
  );
  bind(HttpTokens.routes).toResolvedValue(
    (lookup: FormTemplatesLookup, manage: ManageFormTemplatesHandler, preview: PreviewTemplateHandler, catalogue: CatalogueQueries, runner: ProjectionRunner, store: EventStore) =>
      formTemplateRoutes({ lookup, manage, preview, catalogue, readAfter: createReadAfter(runner, store) }),
    [F.lookup, F.manageTemplates, F.preview, ProcedureTokens.catalogueQueries, S.projectionRunner, S.eventStore],
  );
  bind(HttpTokens.routes).toResolvedValue(
    (fill: FillVisitFormsHandler, complete: CompleteFormsHandler, render: RenderVisitFormsHandler, query: VisitFormsQuery, runner: ProjectionRunner, store: EventStore) =>
      visitFormRoutes({ fill, complete, render, query, readAfter: createReadAfter(runner, store) }),
    [F.fill, F.complete, F.render, F.query, S.projectionRunner, S.eventStore],
  );
});
