import { assertNever, type Decider, DomainError } from '../shared';
import type { CatalogueCommand } from './catalogue.commands';
import type { CatalogueEvent } from './catalogue.events';
import type { ProcedureCatalogue } from './catalogue.types';
import { validateCatalogue } from './catalogue.validation';

export type CatalogueState = { readonly status: 'none' } | { readonly status: 'active'; readonly catalogue: ProcedureCatalogue };

function upsert<T extends { readonly id: string }>(items: readonly T[], item: T): T[] {
  return items.some((i) => i.id === item.id) ? items.map((i) => (i.id === item.id ? item : i)) : [...items, item];
}

/** The catalogue after one event: the single place that says how a change applies. */
export function applyToCatalogue(catalogue: ProcedureCatalogue, event: CatalogueEvent): ProcedureCatalogue {
  switch (event.type) {
    case 'CatalogueSeeded':
      return event.data.catalogue;
    case 'ProcedureDefinitionSaved':
      return { ...catalogue, procedures: upsert(catalogue.procedures, event.data.procedure) };
    case 'LifeEventDefinitionSaved':
      return { ...catalogue, lifeEvents: upsert(catalogue.lifeEvents, event.data.lifeEvent) };
    case 'ProposalRuleSaved':
      return { ...catalogue, rules: upsert(catalogue.rules, event.data.rule) };
    default:
      return catalogue;
  }
}

export const emptyCatalogue: ProcedureCatalogue = { procedures: [], lifeEvents: [], rules: [] };

function toEvent(command: CatalogueCommand): CatalogueEvent {
  const { cityId } = command.data;
  switch (command.type) {
    case 'SeedCatalogue':
      return { type: 'CatalogueSeeded', data: { cityId, catalogue: command.data.catalogue } };
    case 'SaveProcedureDefinition':
      return { type: 'ProcedureDefinitionSaved', data: { cityId, procedure: command.data.procedure } };
    case 'SaveLifeEventDefinition':
      return { type: 'LifeEventDefinitionSaved', data: { cityId, lifeEvent: command.data.lifeEvent } };
    case 'SaveProposalRule':
      return { type: 'ProposalRuleSaved', data: { cityId, rule: command.data.rule } };
    default:
      return assertNever(command);
  }
}

/** Every change is checked against the whole catalogue it would produce; nothing invalid is stored. */
export function decideCatalogue(command: CatalogueCommand, state: CatalogueState): CatalogueEvent[] {
  if (command.type === 'SeedCatalogue' && state.status !== 'none') {
    throw new DomainError('CATALOGUE.ALREADY_SEEDED', 'conflict', '手続きカタログはすでに登録されています。');
  }
  if (command.type !== 'SeedCatalogue' && state.status === 'none') {
    throw new DomainError('CATALOGUE.NOT_SEEDED', 'conflict', '手続きカタログがまだ登録されていません。');
  }
  const event = toEvent(command);
  const next = applyToCatalogue(state.status === 'active' ? state.catalogue : emptyCatalogue, event);
  const problems = validateCatalogue(next, command.data.knownDepartmentIds);
  if (problems.length > 0) {
    throw new DomainError(
      'CATALOGUE.INVALID',
      'invalid',
      `手続きカタログに誤りがあるため保存できません（${problems.length}件）: ${problems[0]!.message}`,
      problems.map((p) => ({ field: p.path, message: p.message })),
    );
  }
  return [event];
}

export function evolveCatalogue(state: CatalogueState, event: CatalogueEvent): CatalogueState {
  return { status: 'active', catalogue: applyToCatalogue(state.status === 'active' ? state.catalogue : emptyCatalogue, event) };
}

export const catalogueDecider: Decider<CatalogueCommand, CatalogueEvent, CatalogueState> = {
  decide: decideCatalogue,
  evolve: evolveCatalogue,
  initialState: { status: 'none' },
};

export const catalogueStreamId = (cityId: string): string => `catalogue-${cityId}`;
