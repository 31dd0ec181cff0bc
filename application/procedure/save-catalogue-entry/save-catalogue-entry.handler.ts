import { catalogueDecider, catalogueStreamId, type CatalogueState } from '../../../domain/procedure/catalogue.decider';
import type { CatalogueCommand } from '../../../domain/procedure/catalogue.commands';
import type { CatalogueEvent } from '../../../domain/procedure/catalogue.events';
import type { LifeEventDefinition, ProcedureDefinition, ProposalRule } from '../../../domain/procedure/catalogue.types';
import type { CommandMetadata } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import { CommandHandler } from '../../shared/command-handling';
import { encodePosition, type EventStore } from '../../shared/event-store';
import type { IdGenerator } from '../../shared/ports';
import { catalogueEvents } from '../procedure-events.reader';

export type CatalogueEntry =
  | { readonly kind: 'procedure'; readonly procedure: ProcedureDefinition }
  | { readonly kind: 'lifeEvent'; readonly lifeEvent: LifeEventDefinition }
  | { readonly kind: 'rule'; readonly rule: ProposalRule };

/** An admin saves one procedure, life event (with its questions) or rule; it applies to the next proposal. */
export class SaveCatalogueEntryHandler {
  private readonly handler: CommandHandler<CatalogueCommand, CatalogueEvent, CatalogueState>;

  constructor(
    store: EventStore,
    ids: IdGenerator,
    private readonly city: CityDirectory,
  ) {
    this.handler = new CommandHandler(store, catalogueDecider, catalogueEvents, ids);
  }

  async execute(entry: CatalogueEntry, actor: AuthenticatedStaff, metadata: CommandMetadata, expectedRevision?: number) {
    const base = { cityId: this.city.configuration.id, knownDepartmentIds: this.city.departmentIds() };
    const command: CatalogueCommand =
      entry.kind === 'procedure'
        ? { type: 'SaveProcedureDefinition', data: { ...base, procedure: entry.procedure }, metadata }
        : entry.kind === 'lifeEvent'
          ? { type: 'SaveLifeEventDefinition', data: { ...base, lifeEvent: entry.lifeEvent }, metadata }
          : { type: 'SaveProposalRule', data: { ...base, rule: entry.rule }, metadata };
    const result = await this.handler.handle(catalogueStreamId(base.cityId), command, expectedRevision === undefined ? {} : { expectedRevision });
    return { revision: result.revision, position: result.position ? encodePosition(result.position) : null };
  }
}
