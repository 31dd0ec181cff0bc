/**
 * What the catalogue's rules, askIf conditions and reason templates may read from the rule context
 * (besides answers.<questionId>, which come from the catalogue's own questions). The one source is the
 * domain's schema (domain/procedure/proposal-context.paths.ts), which the catalogue's validation checks
 * every rule against and which fails to compile when the context's types gain a field it does not list;
 * this contract publishes it to the admin's catalogue editor.
 */
import { contextSchema } from '../../../domain/procedure/proposal-context.paths';

/** 'leaf': a value; an object: its fields; { '[]': schema }: the elements of a list; { '*': schema }: any key (a life event id, a role). */
export type RuleContextSchema = 'leaf' | { readonly [field: string]: RuleContextSchema };

export const ruleContextSchema: RuleContextSchema = contextSchema;

function valuePaths(schema: RuleContextSchema, prefix: string): string[] {
  if (schema === 'leaf') return [prefix];
  return Object.entries(schema).flatMap(([field, inner]) => (field === '[]' || field === '*' ? [] : valuePaths(inner, prefix === '' ? field : `${prefix}.${field}`)));
}

/**
 * Every path that names one value, in the schema's order: 'lifeEvents.length', 'household.size',
 * 'person.age', 'person.insurance.koki' ... (what a {{placeholder}} may insert). The elements of a list
 * ('persons.0.age') and keyed entries ('participants.<event>.<role>') are left out: they need an index or a key.
 */
export const ruleContextValuePaths: readonly string[] = valuePaths(ruleContextSchema, '');
