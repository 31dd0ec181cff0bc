import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormTemplateContent } from '../../domain/form/form-template.types';
import { CityConfigurationError } from '../city/city-config.loader';

/** The city folder's forms/*.json: the first version of each of the city's templates. */
export function loadFormTemplateSeed(cityDir: string): FormTemplateContent[] {
  const dir = join(cityDir, 'forms');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return JSON.parse(readFileSync(join(dir, name), 'utf8')) as FormTemplateContent;
      } catch (error) {
        throw new CityConfigurationError(`様式ファイル ${join(dir, name)} を読み込めません: ${(error as Error).message}`);
      }
    });
}
