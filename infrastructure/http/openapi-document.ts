import { getMetadataStorage } from 'class-validator';
import type { AnyRouteDefinition, JsonSchema } from './route-definition';
import type { DtoClass } from './validate-body';

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; detail is a Japanese message for staff.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

/** JSON Schema of a class-validator DTO, from the same decorators that validate it. */
export function dtoSchema(dto: DtoClass<object>): JsonSchema {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const properties: Record<string, Record<string, unknown>> = {};
  const required = new Set<string>();
  for (const rule of metadata) {
    const property = (properties[rule.propertyName] ??= {});
    required.add(rule.propertyName);
    const name = rule.name ?? rule.type;
    const [first] = (rule.constraints ?? []) as unknown[];
    if (name === 'isString') property['type'] = 'string';
    else if (name === 'isInt') property['type'] = 'integer';
    else if (name === 'isBoolean') property['type'] = 'boolean';
    else if (name === 'minLength') property['minLength'] = first;
    else if (name === 'maxLength') property['maxLength'] = first;
    else if (name === 'matches') property['pattern'] = String(first).replace(/^\/|\/[a-z]*$/g, '');
    else if (name === 'isIn') property['enum'] = first;
    else if (name === 'isUuid') property['format'] = 'uuid';
    else if (rule.type === 'conditionalValidation') required.delete(rule.propertyName);
  }
  return { type: 'object', properties, required: [...required], additionalProperties: false };
}

/** The OpenAPI 3.1 document of every mounted route, built from the route definitions themselves. */
export function buildOpenApiDocument(routes: readonly AnyRouteDefinition[], info: { title: string; version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...[...route.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(route.query ?? []).map((q) => ({ name: q.name, in: 'query', required: q.required ?? false, description: q.description, schema: q.schema })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      const contentType = response.contentType ?? (Number(status) >= 400 ? 'application/problem+json' : 'application/json');
      const schema = response.schema ?? (Number(status) >= 400 ? problemSchema : undefined);
      responses[status] = { description: response.description, ...(schema ? { content: { [contentType]: { schema } } } : {}) };
    }
    (paths[path] ??= {})[route.method] = {
      summary: route.summary,
      tags: route.tags,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: dtoSchema(route.body) } } } } : {}),
      ...(route.policy.audience === 'staff' ? { security: [{ session: [] }] } : { security: [] }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'madoguchi_session', description: 'Unsafe methods also need the X-CSRF-Token header from the login answer.' },
      },
      schemas: { Problem: problemSchema },
    },
  };
}
