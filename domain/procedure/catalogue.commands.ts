import type { CommandMetadata } from '../shared';
import type { LifeEventDefinition, ProcedureCatalogue, ProcedureDefinition, ProposalRule } from './catalogue.types';

type Command<Type extends string, Data> = {
  readonly type: Type;
  /** Department ids of the city, so references can be checked. */
  readonly data: Data & { readonly cityId: string; readonly knownDepartmentIds: readonly string[] };
  readonly metadata: CommandMetadata;
};

export type SeedCatalogue = Command<'SeedCatalogue', { catalogue: ProcedureCatalogue }>;
export type SaveProcedureDefinition = Command<'SaveProcedureDefinition', { procedure: ProcedureDefinition }>;
export type SaveLifeEventDefinition = Command<'SaveLifeEventDefinition', { lifeEvent: LifeEventDefinition }>;
export type SaveProposalRule = Command<'SaveProposalRule', { rule: ProposalRule }>;

export type CatalogueCommand = SeedCatalogue | SaveProcedureDefinition | SaveLifeEventDefinition | SaveProposalRule;
