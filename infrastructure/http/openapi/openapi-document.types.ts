import type { AccessPolicy } from '../../../application/shared/access';
import type { JsonSchema } from '../route-definition';

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
}

export interface OpenApiMediaType {
  readonly schema: JsonSchema;
}

export interface OpenApiResponse {
  readonly description: string;
  /** By media type; absent when the answer has no body (204). */
  readonly content?: Readonly<Record<string, OpenApiMediaType>>;
}

export interface OpenApiOperation {
  readonly summary: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly required: boolean; readonly content: Readonly<Record<string, OpenApiMediaType>> };
  /** [] for a public route, [{ session: [] }] for a staff route. */
  readonly security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  /** The use case's access policy, as the one AccessGuard enforces it before the body is read. */
  readonly 'x-policy': AccessPolicy;
  /** By HTTP status. */
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** GET /api/openapi.json: this API in OpenAPI 3.1. (A type, not an interface, so that it is a JSON object type.) */
export type OpenApiDocument = {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string };
  /** By path template (/api/visits/{id}), then by method. */
  readonly paths: Readonly<Record<string, Readonly<Partial<Record<HttpMethod, OpenApiOperation>>>>>;
  readonly components: {
    readonly securitySchemes: Readonly<Record<string, { readonly type: 'apiKey'; readonly in: 'cookie'; readonly name: string; readonly description: string }>>;
    /** Every request and response schema by name. */
    readonly schemas: Readonly<Record<string, JsonSchema>>;
  };
};
