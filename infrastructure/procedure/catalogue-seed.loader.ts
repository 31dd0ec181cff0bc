import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LifeEventDefinition, ProcedureCatalogue, ProcedureDefinition, ProposalRule } from '../../domain/procedure/catalogue.types';
import { CityConfigurationError } from '../city/city-config.loader';

function read<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new CityConfigurationError(`手続きカタログ ${file} を読み込めません: ${(error as Error).message}`);
  }
}

/** The city folder's catalogue/ (procedures.json, life-events.json, rules.json): the first catalogue of a city. */
export function loadCatalogueSeed(cityDir: string): ProcedureCatalogue {
  const dir = join(cityDir, 'catalogue');
  if (!existsSync(dir)) return { procedures: [], lifeEvents: [], rules: [] };
  return {
    procedures: read<ProcedureDefinition[]>(join(dir, 'procedures.json')),
    lifeEvents: read<LifeEventDefinition[]>(join(dir, 'life-events.json')),
    rules: read<ProposalRule[]>(join(dir, 'rules.json')),
  };
}
