import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Container } from 'inversify';
import type { DemoStaffConfiguration } from '../application/city/city-configuration';
import type { FormRenderer } from '../application/form/form-renderer.port';
import { FormTokens } from '../application/form/form.tokens';
import type { SeedFormTemplatesHandler } from '../application/form/seed-templates/seed-form-templates.handler';
import type { FormTemplateContent } from '../domain/form/form-template.types';
import { IdentityTokens } from '../application/identity/identity.tokens';
import { ProcedureTokens } from '../application/procedure';
import type { SeedCatalogueHandler } from '../application/procedure/seed-catalogue/seed-catalogue.handler';
import type { ProcedureCatalogue } from '../domain/procedure/catalogue.types';
import type { SeedDemoStaffHandler } from '../application/identity/seed-demo-staff/seed-demo-staff.handler';
import type { EventStore } from '../application/shared/event-store';
import type { Logger } from '../application/shared/ports';
import type { ProjectionRunner, ReadModelStore } from '../application/shared/projections';
import { SharedTokens } from '../application/shared/shared.tokens';
import type { AppConfig } from '../infrastructure/composition/app-config';
import { CompositionTokens } from '../infrastructure/composition/composition.tokens';
import { HttpTokens } from '../infrastructure/http/http.tokens';
import type { LiveChannel } from '../infrastructure/http/live/live-channel';
import type { AnyRouteDefinition } from '../infrastructure/http/route-definition';
import { createContainer } from './container';
import { createHttpApp } from './http-app';

export interface RunningServer {
  readonly url: string;
  readonly container: Container;
  readonly demoPassword: string | undefined;
  /** Every route the app serves, with its declared policy (the role-matrix test walks them). */
  readonly routes: readonly AnyRouteDefinition[];
  stop(): Promise<void>;
}

/**
 * Starts the whole system: event store, demo accounts on a fresh store, projections caught up,
 * then the HTTP server. Used by main.ts and by the integration and browser tests.
 */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const container = createContainer(config, logger);
  const store = container.get<EventStore>(SharedTokens.eventStore);
  const runner = container.get<ProjectionRunner>(SharedTokens.projectionRunner);
  runner.reconcileWith(await store.headPosition());

  const demoPassword = await seedDemoStaff(container, config, logger);
  const catalogue = container.get<ProcedureCatalogue>(ProcedureTokens.seedData);
  await container.get<SeedCatalogueHandler>(ProcedureTokens.seedCatalogue).execute(catalogue, randomUUID());
  const templates = container.get<FormTemplateContent[]>(FormTokens.seedData);
  await container.get<SeedFormTemplatesHandler>(FormTokens.seedTemplates).execute(templates, randomUUID());
  container.get<FormRenderer>(FormTokens.renderer).warmUp();
  runner.start();
  const head = await store.headPosition();
  if (head) {
    logger.info('catching up read models', { head: head.commit.toString() });
    await runner.waitFor(head, 10 * 60_000);
  }

  const { app, routes } = createHttpApp(container);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host ?? '::', () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  logger.info('madoguchi started', { url, eventStore: store.kind, dataDir: config.eventStoreUrl === 'memory:' ? null : config.dataDir });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      container.get<LiveChannel>(HttpTokens.liveChannel).complete();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runner.stop();
      container.get<ReadModelStore>(SharedTokens.readModelStore).close();
      await store.close();
    })());
  return { url, container, demoPassword, routes, stop };
}

async function seedDemoStaff(container: Container, config: AppConfig, logger: Logger): Promise<string | undefined> {
  const store = container.get<EventStore>(SharedTokens.eventStore);
  if ((await store.headPosition()) !== undefined) return undefined;
  const password = config.demoPassword ?? randomBytes(9).toString('base64url');
  const accounts = container.get<DemoStaffConfiguration[]>(CompositionTokens.demoStaff);
  await container.get<SeedDemoStaffHandler>(IdentityTokens.seedDemoStaff).execute(accounts, password);
  if (!config.demoPassword) {
    process.stdout.write(
      `\n  デモ用アカウントを作成しました（${accounts.length}件）。パスワード（この一度だけ表示します）: ${password}\n` +
        `  Demo accounts created (${accounts.length}); their password, shown this once: ${password}\n\n`,
    );
  }
  logger.info('demo accounts ready', { count: accounts.length, passwordFrom: config.demoPassword ? 'DEMO_PASSWORD' : 'generated' });
  return password;
}
