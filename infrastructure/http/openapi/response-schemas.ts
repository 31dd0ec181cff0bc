import type { JsonSchema } from '../route-definition';
import generated from './response-schemas.generated.json';
import type { ResponseContractName } from './response-contracts';

/**
 * Every generated schema by name: the types response-contracts.ts lists and every named type they use
 * (generate-response-schemas.mjs writes them from the TypeScript types; never edit the JSON by hand).
 */
export const generatedSchemas: Readonly<Record<string, JsonSchema>> = generated.schemas;

/** The name of a generated schema, checked at compile time against the committed file. */
export type GeneratedSchemaName = keyof typeof generated.schemas;

/** A reference to a generated schema, for a route's responses or a request DTO's nested field. */
export function schemaRef(name: GeneratedSchemaName): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** The schema of a response: one of the types response-contracts.ts lists. */
export function responseSchema(name: ResponseContractName): JsonSchema {
  return schemaRef(name);
}

/** Every 4xx and 5xx answer: RFC 9457 problem details (type, title, status, detail, code, errors?, instance?). */
export const problemSchema: JsonSchema = responseSchema('ProblemDetails');
