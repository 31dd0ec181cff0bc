import type { DomainEvent } from '../shared';
import type { LifeEventDefinition, ProcedureCatalogue, ProcedureDefinition, ProposalRule } from './catalogue.types';

/** The city's catalogue was loaded from its configuration folder (first start). */
export type CatalogueSeeded = DomainEvent<'CatalogueSeeded', { cityId: string; catalogue: ProcedureCatalogue }>;
/** An admin created or changed a procedure (a procedure is never deleted: it is set inactive). */
export type ProcedureDefinitionSaved = DomainEvent<'ProcedureDefinitionSaved', { cityId: string; procedure: ProcedureDefinition }>;
export type LifeEventDefinitionSaved = DomainEvent<'LifeEventDefinitionSaved', { cityId: string; lifeEvent: LifeEventDefinition }>;
export type ProposalRuleSaved = DomainEvent<'ProposalRuleSaved', { cityId: string; rule: ProposalRule }>;

export type CatalogueEvent = CatalogueSeeded | ProcedureDefinitionSaved | LifeEventDefinitionSaved | ProposalRuleSaved;

export const catalogueEventTypes: readonly CatalogueEvent['type'][] = [
  'CatalogueSeeded',
  'ProcedureDefinitionSaved',
  'LifeEventDefinitionSaved',
  'ProposalRuleSaved',
];
