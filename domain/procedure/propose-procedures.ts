/**
 * The proposal engine: which procedures a visit needs, for whom, and why. Pure and total: a rule
 * that cannot be evaluated is skipped and reported in `problems`, never thrown.
 */
import type { ProcedureCatalogue, ProcedureDefinition, ProposalRule } from './catalogue.types';
import { buildHouseholdSummary } from './household-summary';
import { applyJsonLogic } from './json-logic';
import { isTruthy } from './json-logic-coercion';
import { scopeToLifeEvents } from './participants';
import type { PersonFacts, ProposalContext } from './proposal-context';
import { renderReason } from './reason-template';

export interface Proposal {
  readonly procedureId: string;
  /** The persons it is proposed for, in household order; empty when only visit-scope rules proposed it. */
  readonly personIds: string[];
  /** Why, in Japanese, one line per rule and person, without repeats. */
  readonly reasons: string[];
  readonly ruleIds: string[];
}

export interface ProposalProblem {
  readonly ruleId: string;
  readonly personId?: string;
  /** Japanese, for staff and the catalogue admin. */
  readonly message: string;
}

export interface ProposalResult {
  readonly proposals: Proposal[];
  readonly problems: ProposalProblem[];
}

interface Hit {
  readonly rule: ProposalRule;
  readonly person?: PersonFacts;
  readonly reason: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function applicableRules(catalogue: ProcedureCatalogue, context: ProposalContext): ProposalRule[] {
  const chosen = new Set(
    catalogue.lifeEvents.filter((event) => event.active && context.lifeEvents.includes(event.id)).map((event) => event.id),
  );
  return catalogue.rules.filter((rule) => rule.active && rule.lifeEventIds.some((id) => chosen.has(id)));
}

/** Whether the procedure's eligibility holds for the person (no eligibility: everyone). */
function eligible(procedure: ProcedureDefinition | undefined, scoped: ProposalContext, problems: ProposalProblem[], rule: ProposalRule): boolean {
  if (!procedure?.eligibility || !scoped.person) return true;
  try {
    return isTruthy(applyJsonLogic(procedure.eligibility.when, scoped));
  } catch (error) {
    problems.push({ ruleId: rule.id, personId: scoped.person.personId, message: `手続「${procedure.id}」の対象者の条件を評価できませんでした: ${describe(error)}` });
    return false;
  }
}

/** A rule sees the visit as its own life events do: concerned and roles in those events. */
function evaluateRule(catalogue: ProcedureCatalogue, rule: ProposalRule, context: ProposalContext, problems: ProposalProblem[]): Hit[] {
  const ruleContext = scopeToLifeEvents(catalogue, context, rule.lifeEventIds, buildHouseholdSummary);
  const procedure = catalogue.procedures.find((p) => p.id === rule.procedureId);
  const targets: Array<PersonFacts | undefined> = rule.scope === 'person' ? [...ruleContext.persons] : [undefined];
  return targets.flatMap((person): Hit[] => {
    const scoped: ProposalContext = person ? { ...ruleContext, person } : ruleContext;
    try {
      if (!isTruthy(applyJsonLogic(rule.when, scoped))) return [];
      if (!eligible(procedure, scoped, problems, rule)) return [];
      const reason = renderReason(rule.reason, scoped);
      if (person || !procedure?.perPerson) return [{ rule, person, reason }];
      // A visit rule for a procedure made per person: for each concerned person who may have it.
      return ruleContext.persons
        .filter((p) => p.concerned && eligible(procedure, { ...ruleContext, person: p }, problems, rule))
        .map((p) => ({ rule, person: p, reason }));
    } catch (error) {
      problems.push({
        ruleId: rule.id,
        ...(person ? { personId: person.personId } : {}),
        message: `ルール「${rule.id}」を評価できませんでした: ${describe(error)}`,
      });
      return [];
    }
  });
}

const pushOnce = (list: string[], value: string): void => {
  if (value !== '' && !list.includes(value)) list.push(value);
};

function merge(procedureId: string, hits: readonly Hit[], persons: readonly PersonFacts[]): Proposal {
  const proposed = new Set(hits.flatMap((hit) => (hit.person ? [hit.person.personId] : [])));
  const reasons: string[] = [];
  const ruleIds: string[] = [];
  for (const hit of hits) {
    pushOnce(reasons, hit.reason);
    pushOnce(ruleIds, hit.rule.id);
  }
  const personIds = persons.map((person) => person.personId).filter((id) => proposed.has(id));
  return { procedureId, personIds, reasons, ruleIds };
}

/** One proposal per procedure, in catalogue order, merging the persons and reasons of every rule that holds. */
export function proposeProcedures(catalogue: ProcedureCatalogue, context: ProposalContext): ProposalResult {
  const problems: ProposalProblem[] = [];
  const activeProcedures = new Set(catalogue.procedures.filter((procedure) => procedure.active).map((procedure) => procedure.id));
  const known = new Set(catalogue.procedures.map((procedure) => procedure.id));
  const hits: Hit[] = [];
  for (const rule of applicableRules(catalogue, context)) {
    if (!known.has(rule.procedureId)) {
      problems.push({ ruleId: rule.id, message: `ルール「${rule.id}」の手続「${rule.procedureId}」がカタログにありません` });
      continue;
    }
    if (activeProcedures.has(rule.procedureId)) hits.push(...evaluateRule(catalogue, rule, context, problems));
  }
  const proposals = catalogue.procedures
    .filter((procedure, index, all) => activeProcedures.has(procedure.id) && all.findIndex((other) => other.id === procedure.id) === index)
    .map((procedure) => ({ id: procedure.id, hits: hits.filter((hit) => hit.rule.procedureId === procedure.id) }))
    .filter((entry) => entry.hits.length > 0)
    .map((entry) => merge(entry.id, entry.hits, context.persons));
  return { proposals, problems };
}
