import type { MetadataStorage as TransformerMetadataStorage } from 'class-transformer/types/MetadataStorage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { JsonSchema } from '../route-definition';
import type { DtoClass } from '../validate-body';

// class-transformer 0.5 keeps the @Type metadata (what a nested or listed DTO is) in a storage its index does
// not export; class-validator-jsonschema reads it to turn @ValidateNested + @Type into a nested schema.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerMetadataStorage };

const pending = '#/request-dto/';

/** `CounterDto` → `CounterRequest`: request bodies get names of their own beside the response contracts. */
export function requestSchemaName(className: string): string {
  return `${className.replace(/Dto$/, '')}Request`;
}

/**
 * The JSON Schemas of request DTOs, made by class-validator-jsonschema from the same class-validator
 * decorators that validate the bodies (validate-body.ts), nested DTOs as references. Then what
 * validate-body.ts enforces beyond the decorators is written into them:
 * - `additionalProperties: false`, since unknown fields are refused (forbidNonWhitelisted);
 * - an optional field (@IsOptional) accepts null too, as class-validator skips a null as it skips a
 *   missing field.
 * A field that the decorators describe only as "an object" says what it holds with @JSONSchema beside it.
 */
export function requestBodySchemas(bodies: ReadonlyArray<DtoClass<object>>): { schemas: Record<string, JsonSchema>; refOf(body: DtoClass<object>): JsonSchema } {
  const all = validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: pending,
    additionalConverters: { isCalendarDate: { type: 'string', format: 'date' } },
  }) as Record<string, Record<string, unknown>>;
  const byName = new Map<string, DtoClass<object>>();
  for (const body of bodies) {
    const known = byName.get(body.name);
    if (known && known !== body) throw new Error(`two request DTO classes are named ${body.name}: rename one`);
    byName.set(body.name, body);
  }
  const schemas: Record<string, JsonSchema> = {};
  const visit = (className: string): void => {
    const name = requestSchemaName(className);
    if (name in schemas) return;
    const schema = all[className];
    if (!schema) throw new Error(`request DTO ${className} has no validation decorators`);
    const finished = finish(schema);
    schemas[name] = finished;
    for (const nested of referencedDtos(finished)) visit(nested);
  };
  for (const className of byName.keys()) visit(className);
  const renamed = JSON.parse(JSON.stringify(schemas), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(pending) ? `#/components/schemas/${requestSchemaName(value.slice(pending.length))}` : value,
  ) as Record<string, JsonSchema>;
  return { schemas: renamed, refOf: (body) => ({ $ref: `#/components/schemas/${requestSchemaName(body.name)}` }) };
}

function finish(schema: Record<string, unknown>): JsonSchema {
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const properties = Object.fromEntries(
    Object.entries((schema['properties'] as Record<string, Record<string, unknown>> | undefined) ?? {}).map(([name, property]) => {
      const clean = withoutTypeBesideRef(property);
      return [name, required.has(name) ? clean : orNull(clean)];
    }),
  );
  return { ...schema, properties, additionalProperties: false };
}

/** class-validator-jsonschema writes `type: 'object'` beside a nested `$ref`; the reference says it all. */
function withoutTypeBesideRef(schema: Record<string, unknown>): Record<string, unknown> {
  if (typeof schema['$ref'] === 'string') return { $ref: schema['$ref'] };
  const items = schema['items'];
  if (typeof items === 'object' && items !== null && !Array.isArray(items)) return { ...schema, items: withoutTypeBesideRef(items as Record<string, unknown>) };
  return schema;
}

function orNull(schema: Record<string, unknown>): Record<string, unknown> {
  const type = schema['type'];
  if (typeof type === 'string') {
    const values = schema['enum'];
    return { ...schema, type: [type, 'null'], ...(Array.isArray(values) ? { enum: [...values, null] } : {}) };
  }
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  if (typeof schema['$ref'] === 'string' && schema['$ref'].startsWith(pending)) return { anyOf: [schema, { type: 'null' }] };
  // A hand-written schema (a generated contract's reference, an any-value schema) says itself whether null fits.
  return schema;
}

function referencedDtos(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(pending) ? [value.slice(pending.length)] : referencedDtos(value),
  );
}
