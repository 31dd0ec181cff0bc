import { responsesOf } from './openapi/edge-responses';
import type { OpenApiDocument, OpenApiOperation, OpenApiParameter, OpenApiResponse } from './openapi/openapi-document.types';
import { requestBodySchemas } from './openapi/request-schemas';
import { generatedSchemas, problemSchema } from './openapi/response-schemas';
import type { AnyRouteDefinition, JsonSchema } from './route-definition';

/**
 * The OpenAPI 3.1 document of every mounted route, built from the route definitions themselves:
 * request bodies from their class-validator DTOs (class-validator-jsonschema), responses from the
 * TypeScript types the routes name (ts-json-schema-generator, see openapi/response-contracts.ts), every
 * 4xx and 5xx without a schema of its own as RFC 9457 problem details, the answers the edge adds to every
 * route (openapi/edge-responses.ts), path and query parameters, and each operation's access policy as
 * `x-policy`.
 */
export function buildOpenApiDocument(routes: readonly AnyRouteDefinition[], info: { title: string; version: string }): OpenApiDocument {
  const requests = requestBodySchemas(routes.flatMap((route) => (route.body ? [route.body] : [])));
  const paths: Record<string, Partial<Record<AnyRouteDefinition['method'], OpenApiOperation>>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: OpenApiParameter[] = [
      ...[...route.path.matchAll(/:(\w+)/g)].map((m): OpenApiParameter => ({ name: m[1] ?? '', in: 'path', required: true, schema: { type: 'string', minLength: 1 } })),
      ...(route.query ?? []).map((q): OpenApiParameter => ({ name: q.name, in: 'query', required: q.required ?? false, description: q.description, schema: q.schema })),
    ];
    const responses: Record<string, OpenApiResponse> = {};
    for (const [status, response] of Object.entries(responsesOf(route))) {
      const failure = Number(status) >= 400;
      const contentType = response.contentType ?? (failure ? 'application/problem+json' : 'application/json');
      const schema: JsonSchema | undefined = response.schema ?? (failure ? problemSchema : undefined);
      responses[status] = { description: response.description, ...(schema ? { content: { [contentType]: { schema } } } : {}) };
    }
    (paths[path] ??= {})[route.method] = {
      summary: route.summary,
      tags: route.tags,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: requests.refOf(route.body) } } } } : {}),
      security: route.policy.audience === 'staff' ? [{ session: [] }] : [],
      'x-policy': route.policy,
      responses,
    };
  }
  for (const name of Object.keys(requests.schemas)) {
    if (name in generatedSchemas) throw new Error(`the request schema ${name} has the name of a response schema`);
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'madoguchi_session', description: 'Unsafe methods also need the X-CSRF-Token header from the login answer.' },
      },
      schemas: { ...generatedSchemas, ...requests.schemas },
    },
  };
}
