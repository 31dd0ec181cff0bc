import { ContainerModule } from 'inversify';
import { CityDirectory } from '../../application/city/city-directory';
import type { EventStore } from '../../application/shared/event-store';
import type { Clock, Logger } from '../../application/shared/ports';
import type { EventProcessor } from '../../application/shared/processing';
import { type AnyDocumentProjection, ProjectionRunner, type ReadModelStore } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { loadCityConfiguration } from '../city/city-config.loader';
import { createEventStore } from '../event-store/event-store.factory';
import { HttpTokens } from '../http/http.tokens';
import { LiveChannel } from '../http/live/live-channel';
import { ObservabilityTokens } from '../observability/observability.tokens';
import type { PrometheusMetrics } from '../observability/prometheus-metrics';
import { TimedEventStore } from '../observability/timed-event-store.decorator';
import { SqliteReadModelStore } from '../read-model/sqlite-read-model.store';
import { SystemClock } from '../shared/system-clock';
import { UuidIdGenerator } from '../shared/uuid-id.generator';
import type { AppConfig } from './app-config';
import { CompositionTokens } from './composition.tokens';

/** Clock, ids, the event store, read models, the runner of every processor, the city and the live channel. */
export function sharedModule(config: AppConfig, logger: Logger): ContainerModule {
  return new ContainerModule(({ bind }) => {
    const { city, demoStaff } = loadCityConfiguration(config.cityDir);
    bind(CompositionTokens.config).toConstantValue(config);
    bind(CompositionTokens.demoStaff).toConstantValue(demoStaff);
    bind(SharedTokens.logger).toConstantValue(logger);
    const clock: Clock = new SystemClock();
    bind(SharedTokens.clock).toConstantValue(clock);
    bind(SharedTokens.ids).toConstantValue(new UuidIdGenerator());
    bind(SharedTokens.city).toConstantValue(new CityDirectory(city));
    bind<EventStore>(SharedTokens.eventStore)
      .toResolvedValue(
        (metrics: PrometheusMetrics) => new TimedEventStore(createEventStore(config.eventStoreUrl, config.dataDir), metrics),
        [ObservabilityTokens.metrics],
      )
      .inSingletonScope();
    bind<ReadModelStore>(SharedTokens.readModelStore)
      .toResolvedValue(() => new SqliteReadModelStore(config.readModelFile))
      .inSingletonScope();
    bind(HttpTokens.liveChannel).toConstantValue(new LiveChannel());
    bind<ProjectionRunner>(SharedTokens.projectionRunner)
      .toResolvedValue(
        (store: EventStore, readModels: ReadModelStore, projections: AnyDocumentProjection[], live: LiveChannel, reactions: EventProcessor[] | undefined) =>
          new ProjectionRunner(store, readModels, projections, logger.child({ component: 'processors' }), {
            onChanges: (changes) => live.publish(changes),
            reactions: reactions ?? [],
            lagLimit: config.processorLagLimit,
            clock,
          }),
        [
          SharedTokens.eventStore,
          SharedTokens.readModelStore,
          { serviceIdentifier: SharedTokens.projections, isMultiple: true },
          HttpTokens.liveChannel,
          { serviceIdentifier: SharedTokens.reactions, isMultiple: true, optional: true },
        ],
      )
      .inSingletonScope();
  });
}
