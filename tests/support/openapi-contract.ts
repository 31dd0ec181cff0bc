import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, OpenApiOperation } from '../../infrastructure/http/openapi/openapi-document.types';
import type { JsonSchema } from '../../infrastructure/http/route-definition';
import { ApiClient } from './api-client';

const componentBase = 'https://madoguchi.example/openapi/components/schemas/';
const componentRef = /^#\/components\/schemas\/(.+)$/;

/** One operation of the document: `GET /api/visits/{id}`, matched against real request paths. */
interface DocumentedOperation {
  readonly key: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly literalSegments: number;
  readonly operation: OpenApiOperation;
}

/** What one real answer was checked against, and what did not fit. */
export interface CheckedResponse {
  readonly operation: string | undefined;
  readonly status: number;
  readonly mediaType: string;
  /** `GET /api/visits/{id} 200`: what was asked, for the report. */
  readonly request: string;
  readonly problems: readonly string[];
}

/** `#/components/schemas/X` → an absolute id ajv resolves among the schemas it was given. */
function absoluteRefs(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) => {
    if (key !== '$ref' || typeof value !== 'string') return value;
    const match = componentRef.exec(value);
    if (!match) throw new Error(`a reference outside the components: ${value}`);
    return `${componentBase}${match[1]}`;
  });
}

/**
 * Checks real answers against the OpenAPI document the server serves: the path, method and status must
 * be documented, the media type declared, and a JSON body must be valid against the declared schema
 * (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses it, strict mode, with the formats of ajv-formats).
 */
export class OpenApiContract {
  private readonly ajv: Ajv2020;
  private readonly operations: DocumentedOperation[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenApiDocument) {
    // strict: unknown keywords, formats and ignored keywords fail the compile. allowUnionTypes: the
    // document writes nullable values as `type: ['string', 'null']`, as JSON Schema 2020-12 does.
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(this.ajv);
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      this.ajv.addSchema(absoluteRefs(schema) as object, `${componentBase}${name}`);
    }
    this.operations = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const segments = template.split('/');
        const pattern = new RegExp(`^${segments.map((s) => (/^\{\w+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}$`);
        return {
          key: `${method.toUpperCase()} ${template}`,
          method: method.toUpperCase(),
          template,
          pattern,
          literalSegments: segments.filter((s) => !s.startsWith('{')).length,
          operation: operation as OpenApiOperation,
        };
      }),
    );
  }

  /** Every documented operation, `GET /api/visits/{id}`. */
  operationKeys(): string[] {
    return this.operations.map((o) => o.key);
  }

  /** Compiles every JSON schema the document declares for an answer (a broken schema fails here). */
  compileAll(): void {
    for (const o of this.operations) {
      for (const [status, response] of Object.entries(o.operation.responses)) {
        for (const [mediaType, content] of Object.entries(response.content ?? {})) {
          if (isJson(mediaType)) this.validator(o, status, mediaType, content.schema);
        }
      }
    }
  }

  /** The documented operation a real request reaches: the template with the most literal segments wins. */
  find(method: string, path: string): DocumentedOperation | undefined {
    return this.operations
      .filter((o) => o.method === method.toUpperCase() && o.pattern.test(path))
      .sort((a, b) => b.literalSegments - a.literalSegments)[0];
  }

  /**
   * An answer against the document; and when the server accepted the request (2xx), the body sent against
   * the declared request schema too, since a body the validators let through must fit the schema made from them.
   */
  check(method: string, pathWithQuery: string, status: number, contentType: string | null, body: string | undefined, sent?: unknown): CheckedResponse {
    const answer = this.checkAnswer(method, pathWithQuery, status, contentType, body);
    const found = this.find(method, pathWithQuery.split('?')[0] ?? '');
    const requestSchema = found?.operation.requestBody?.content['application/json']?.schema;
    if (!found || !requestSchema || status >= 300 || typeof sent !== 'object' || sent === null) return answer;
    const validate = this.validator(found, 'request', 'application/json', requestSchema);
    const problems = validate(sent) ? [] : (validate.errors ?? []).map((e) => `${found.key} request accepted with ${status}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    return { ...answer, problems: [...answer.problems, ...problems] };
  }

  private checkAnswer(method: string, pathWithQuery: string, status: number, contentType: string | null, body: string | undefined): CheckedResponse {
    const path = pathWithQuery.split('?')[0] ?? '';
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    const found = this.find(method, path);
    const request = `${method.toUpperCase()} ${found?.template ?? path} ${status}`;
    if (!found) return { operation: undefined, status, mediaType, request, problems: [`${method} ${path} is not in the document`] };
    const response = found.operation.responses[String(status)];
    if (!response) {
      return { operation: found.key, status, mediaType, request, problems: [`${found.key} answered ${status}, which the document does not declare (${Object.keys(found.operation.responses).join(', ')})`] };
    }
    if (!response.content) {
      const problems = body ? [`${found.key} ${status} declares no body, but one came (${mediaType})`] : [];
      return { operation: found.key, status, mediaType, request, problems };
    }
    const declared = Object.keys(response.content).find((m) => m.split(';')[0]!.trim() === mediaType);
    if (declared === undefined) {
      return { operation: found.key, status, mediaType, request, problems: [`${found.key} ${status} answered ${mediaType || 'no content type'}, the document declares ${Object.keys(response.content).join(', ')}`] };
    }
    if (!isJson(mediaType) || body === undefined) return { operation: found.key, status, mediaType, request, problems: [] };
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return { operation: found.key, status, mediaType, request, problems: [`${found.key} ${status}: the body is not JSON`] };
    }
    const validate = this.validator(found, String(status), declared, response.content[declared]!.schema);
    const problems = validate(value) ? [] : (validate.errors ?? []).map((e) => `${found.key} ${status}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)} [${e.schemaPath}]`);
    return { operation: found.key, status, mediaType, request, problems };
  }

  /** Validates a value against a schema of the document by hand (the tests that prove the checks bite). */
  validate(schema: JsonSchema, value: unknown): string[] {
    const validate = this.ajv.compile(absoluteRefs(schema) as object);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`);
  }

  private validator(o: DocumentedOperation, status: string, mediaType: string, schema: JsonSchema): ValidateFunction {
    const key = `${o.key} ${status} ${mediaType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** An ApiClient that checks every answer it receives against the document and keeps what it found. */
export class ContractClient extends ApiClient {
  constructor(
    baseUrl: string,
    private readonly contract: OpenApiContract,
    private readonly log: CheckedResponse[],
  ) {
    super(baseUrl);
  }

  override async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
    const response = await super.request(method, path, body, headers, signal);
    const contentType = response.headers.get('content-type');
    // A server-sent event stream never ends, and a PDF is checked by its media type only.
    const text = contentType?.startsWith('application/json') || contentType?.startsWith('application/problem+json') ? await response.clone().text() : undefined;
    this.log.push(this.contract.check(method, path, response.status, contentType, text === '' ? undefined : text, body));
    return response;
  }
}
