import { catalogueDecider, catalogueStreamId, type CatalogueState } from '../../../domain/procedure/catalogue.decider';
import type { CatalogueCommand } from '../../../domain/procedure/catalogue.commands';
import type { CatalogueEvent } from '../../../domain/procedure/catalogue.events';
import type { ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import type { CityDirectory } from '../../city/city-directory';
import { CommandHandler } from '../../shared/command-handling';
import type { EventStore, Position } from '../../shared/event-store';
import type { Clock, IdGenerator, Logger } from '../../shared/ports';
import { catalogueEvents } from '../procedure-events.reader';

/** First start (or a city that has none yet): the catalogue of the city folder becomes the first event. */
export class SeedCatalogueHandler {
  private readonly handler: CommandHandler<CatalogueCommand, CatalogueEvent, CatalogueState>;

  constructor(
    private readonly store: EventStore,
    ids: IdGenerator,
    private readonly city: CityDirectory,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.handler = new CommandHandler(store, catalogueDecider, catalogueEvents, ids);
  }

  async execute(catalogue: ProcedureCatalogue, correlationId: string): Promise<Position | undefined> {
    const cityId = this.city.configuration.id;
    const streamId = catalogueStreamId(cityId);
    if ((await this.store.readStream(streamId, { maxCount: 1 })).length > 0) return undefined;
    const result = await this.handler.handle(streamId, {
      type: 'SeedCatalogue',
      data: { cityId, catalogue, knownDepartmentIds: this.city.departmentIds() },
      metadata: { now: this.clock.now(), actor: 'system', correlationId },
    });
    this.logger.info('procedure catalogue seeded', {
      procedures: catalogue.procedures.length,
      lifeEvents: catalogue.lifeEvents.length,
      rules: catalogue.rules.length,
    });
    return result.position;
  }
}
