import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildProposalContext,
  type PersonInput,
  type ProcedureCatalogue,
  type Proposal,
  proposeProcedures,
} from '../../../domain/procedure';

const cityDir = join(__dirname, '../../../infrastructure/city/cities/hanamaki');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(cityDir, file), 'utf8'));

/** Hanamaki's catalogue as the city folder seeds it. */
export const hanamakiCatalogue = {
  procedures: readJson('catalogue/procedures.json'),
  lifeEvents: readJson('catalogue/life-events.json'),
  rules: readJson('catalogue/rules.json'),
} as ProcedureCatalogue;

export const hanamakiDepartmentIds = (readJson('city.json') as { departments: Array<{ id: string }> }).departments.map((department) => department.id);

/** The proposals for a visit; fails the test if any rule could not be evaluated. */
export function propose(lifeEvents: string[], answers: Record<string, unknown>, persons: PersonInput[]): Proposal[] {
  const result = proposeProcedures(hanamakiCatalogue, buildProposalContext(hanamakiCatalogue, { lifeEvents, answers, persons }));
  expect(result.problems).toEqual([]);
  return result.proposals;
}

export const ids = (proposals: readonly Proposal[]): string[] => proposals.map((proposal) => proposal.procedureId);

export const proposalFor = (proposals: readonly Proposal[], procedureId: string): Proposal => {
  const found = proposals.find((proposal) => proposal.procedureId === procedureId);
  if (!found) throw new Error(`${procedureId} was not proposed; proposed: ${ids(proposals).join(', ')}`);
  return found;
};

export const personsOf = (proposals: readonly Proposal[], procedureId: string): string[] => proposalFor(proposals, procedureId).personIds;
