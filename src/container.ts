import 'reflect-metadata';
import { Container } from 'inversify';
import type { Logger } from '../application/shared/ports';
import { cityModule } from '../infrastructure/city/city.module';
import type { AppConfig } from '../infrastructure/composition/app-config';
import { sharedModule } from '../infrastructure/composition/shared.module';
import { httpModule } from '../infrastructure/http/http.module';
import { identityModule } from '../infrastructure/identity/identity.module';
import { formModule } from '../infrastructure/form/form.module';
import { linkageModule } from '../infrastructure/linkage/linkage.module';
import { observabilityModule } from '../infrastructure/observability/observability.module';
import { procedureModule } from '../infrastructure/procedure/procedure.module';
import { visitModule } from '../infrastructure/visit/visit.module';

/** The composition root: one container, one module per context. */
export function createContainer(config: AppConfig, logger: Logger): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  container.loadSync(sharedModule(config, logger), observabilityModule, httpModule, identityModule, cityModule, procedureModule, linkageModule, visitModule, formModule);
  return container;
}
