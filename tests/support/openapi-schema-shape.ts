import type { OpenApiDocument } from '../../infrastructure/http/openapi/openapi-document.types';

type Schema = Readonly<Record<string, unknown>>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(schema: Schema): string[] {
  const type = schema['type'];
  return typeof type === 'string' ? [type] : Array.isArray(type) ? (type as string[]) : [];
}

/**
 * What makes a schema say too little, wherever it sits in the document:
 * - an object without properties, unless it is a map whose values have a schema of their own
 *   (`additionalProperties: { ... }`: interview answers, form values, the document's own maps);
 * - an object with properties that lets undocumented fields through (no `additionalProperties: false`);
 * - a list without an item schema.
 */
function shapeProblems(schema: unknown, where: string): string[] {
  if (!isSchema(schema)) return [];
  const problems: string[] = [];
  const types = typesOf(schema);
  const properties = schema['properties'];
  const additional = schema['additionalProperties'];
  if (types.includes('object')) {
    if (!isSchema(properties) && !isSchema(additional)) problems.push(`${where}: an object without properties or a value schema`);
    if (isSchema(properties) && additional !== false) problems.push(`${where}: an object that lets undocumented fields through (additionalProperties is not false)`);
  }
  if (types.includes('array') && !isSchema(schema['items'])) problems.push(`${where}: a list without an item schema`);
  const nested: Array<[string, unknown]> = [
    ...Object.entries(isSchema(properties) ? properties : {}).map(([name, value]): [string, unknown] => [`${where}.${name}`, value]),
    [`${where}[]`, schema['items']],
    [`${where}{}`, additional],
    ...(['anyOf', 'oneOf', 'allOf'] as const).flatMap((keyword) => ((schema[keyword] as unknown[] | undefined) ?? []).map((value, i): [string, unknown] => [`${where}|${keyword}${i}`, value])),
  ];
  return [...problems, ...nested.flatMap(([path, value]) => shapeProblems(value, path))];
}

/**
 * Every status of every operation has a schema for its body (a 204 has no body), and no schema in the
 * document, in its components or inline, is a bare object or list.
 */
export function schemaShapeProblems(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        const contents = Object.entries(response.content ?? {});
        if (status === '204') {
          if (contents.length > 0) problems.push(`${key} ${status}: a 204 declares a body`);
          continue;
        }
        if (contents.length === 0) problems.push(`${key} ${status}: no schema`);
        for (const [mediaType, content] of contents) {
          if (!isSchema(content.schema)) problems.push(`${key} ${status} ${mediaType}: no schema`);
          else problems.push(...shapeProblems(content.schema, `${key} ${status} ${mediaType}`));
        }
      }
      const body = operation?.requestBody?.content['application/json']?.schema;
      if (body !== undefined) problems.push(...shapeProblems(body, `${key} request`));
    }
  }
  for (const [name, schema] of Object.entries(document.components.schemas)) problems.push(...shapeProblems(schema, `#/components/schemas/${name}`));
  return problems;
}
